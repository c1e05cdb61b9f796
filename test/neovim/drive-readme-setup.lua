-- Drives the README's plain Neovim set-up (readme-setup.lua, loaded with -u) like a user:
-- `:UnresSelect <UNRES_NVIM_QUERY>` and reads back the visual selection. Writes JSON to UNRES_NVIM_OUT.
local out = assert(os.getenv('UNRES_NVIM_OUT'))
local function finish(result, code)
  local f = assert(io.open(out, 'w'))
  f:write(vim.json.encode(result))
  f:close()
  vim.cmd(code == 0 and 'qall!' or ('cquit ' .. code))
end
local ok, err = pcall(function()
  local buf = vim.api.nvim_get_current_buf()
  local attached = vim.wait(15000, function()
    for _, c in pairs(vim.lsp.buf_get_clients(buf)) do
      if c.name == 'unres' and c.initialized then return true end
    end
    return false
  end, 20)
  if not attached then error('the README set-up did not attach an initialized unres client to ' .. vim.api.nvim_buf_get_name(buf)) end
  vim.cmd('UnresSelect ' .. os.getenv('UNRES_NVIM_QUERY'))
  if not vim.wait(10000, function() return vim.api.nvim_get_mode().mode == 'v' end, 20) then
    error(':UnresSelect did not start a visual selection')
  end
  local s, e = vim.fn.getpos('v'), vim.fn.getpos('.')
  local last = vim.api.nvim_buf_get_lines(buf, e[2] - 1, e[2], false)[1]
  local last_char = vim.fn.matchstr(last, '.', e[3] - 1) -- the selection includes it: whole UTF-8 char
  local text = vim.api.nvim_buf_get_text(buf, s[2] - 1, s[3] - 1, e[2] - 1, e[3] - 1 + #last_char, {})
  return { filetype = vim.bo[buf].filetype, selected = table.concat(text, '\n') }
end)
if ok then finish(err, 0) else finish({ error = tostring(err) }, 3) end
