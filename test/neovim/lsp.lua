-- Drives the unres language server from Neovim's built-in LSP client (Neovim 0.7.2, Debian's
-- `neovim`), as a Neovim user would: start_client + buf_attach_client on the buffer of the file
-- given on the command line. Run by test/neovim/neovim.test.cjs:
--   nvim --headless --clean -n -c 'luafile test/neovim/lsp.lua' FILE
-- Env: UNRES_NVIM_SERVER (dist/server.js), UNRES_NVIM_QUERIES (JSON array of paragraph
-- addresses for unres/selectParagraph), UNRES_NVIM_OUT (where the JSON result is written).
-- 0.7 has no vim.lsp.start / get_clients; waits are vim.wait with a deadline, never sleeps.
local out_path = assert(os.getenv('UNRES_NVIM_OUT'), 'UNRES_NVIM_OUT is not set')
local server = assert(os.getenv('UNRES_NVIM_SERVER'), 'UNRES_NVIM_SERVER is not set')
local queries = vim.json.decode(os.getenv('UNRES_NVIM_QUERIES') or '[]')

local function write(result)
  local f = assert(io.open(out_path, 'w'))
  f:write(vim.json.encode(result))
  f:close()
end

local result = { nvim = tostring(vim.version().major) .. '.' .. vim.version().minor .. '.' .. vim.version().patch }

local function one(responses, client_id, what)
  if not responses then error(what .. ': no response within the deadline') end
  local r = responses[client_id]
  if not r then error(what .. ': no response from the unres client') end
  if r.err then error(what .. ': ' .. vim.inspect(r.err)) end
  if r.result == nil then return vim.NIL end
  return r.result
end

local ok, err = pcall(function()
  local bufnr = vim.api.nvim_get_current_buf()
  result.filetype = vim.bo[bufnr].filetype
  local client_id = vim.lsp.start_client({
    name = 'unres',
    cmd = { 'node', server, '--stdio' },
    root_dir = vim.fn.getcwd(),
  })
  if not client_id then error('vim.lsp.start_client did not start ' .. server) end
  vim.lsp.buf_attach_client(bufnr, client_id)
  local ready = vim.wait(15000, function()
    local c = vim.lsp.get_client_by_id(client_id)
    return c ~= nil and c.initialized
  end, 20)
  if not ready then error('the server did not finish initializing within 15 s') end
  local client = vim.lsp.get_client_by_id(client_id)
  result.initialized = true
  result.documentSymbolProvider = client.server_capabilities.documentSymbolProvider and true or false

  local doc = { textDocument = vim.lsp.util.make_text_document_params(bufnr) }
  result.symbols = one(vim.lsp.buf_request_sync(bufnr, 'textDocument/documentSymbol', doc, 10000), client_id, 'textDocument/documentSymbol')
  result.folding = one(vim.lsp.buf_request_sync(bufnr, 'textDocument/foldingRange', doc, 10000), client_id, 'textDocument/foldingRange')
  result.select = {}
  for _, q in ipairs(queries) do
    local params = { textDocument = doc.textDocument, paragraph = q }
    table.insert(result.select, { query = q, result = one(vim.lsp.buf_request_sync(bufnr, 'unres/selectParagraph', params, 10000), client_id, 'unres/selectParagraph ' .. q) })
  end
  vim.lsp.stop_client(client_id)
end)

if not ok then
  result.error = tostring(err)
  write(result)
  vim.cmd('cquit 3')
else
  write(result)
  vim.cmd('qall!')
end
