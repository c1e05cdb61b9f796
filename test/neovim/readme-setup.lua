-- unres for Neovim ≥ 0.7 without plugins (init.lua). Point UNRES_SERVER at your clone's
-- dist/server.js (after `npm ci && npm run build`), or put `unres-language-server` on PATH.
local unres_cmd = vim.env.UNRES_SERVER and { 'node', vim.env.UNRES_SERVER, '--stdio' }
  or { 'unres-language-server', '--stdio' }
vim.cmd([[autocmd BufRead,BufNewFile *.unres,*.res.txt setfiletype unres]])

local unres_client
vim.api.nvim_create_autocmd('FileType', {
  pattern = 'unres', -- `:set filetype=unres` on any other resolution text
  callback = function(args)
    if not (unres_client and vim.lsp.get_client_by_id(unres_client)) then
      unres_client = vim.lsp.start_client({ name = 'unres', cmd = unres_cmd, root_dir = vim.fn.getcwd() })
    end
    vim.lsp.buf_attach_client(args.buf, unres_client)
  end,
})

-- :UnresSelect 3   (also PP2, OP3(a)(ii), "3 (a)", "annex II 5") selects that paragraph.
vim.api.nvim_create_user_command('UnresSelect', function(opts)
  local params = { textDocument = vim.lsp.util.make_text_document_params(), paragraph = opts.args }
  vim.lsp.buf_request(0, 'unres/selectParagraph', params, function(err, result)
    if err or not result then
      vim.notify('unres: no paragraph ' .. opts.args, vim.log.levels.WARN)
      return
    end
    local function pos(p) -- LSP positions count UTF-16 units; Neovim columns count bytes
      local line = vim.api.nvim_buf_get_lines(0, p.line, p.line + 1, false)[1] or ''
      return { p.line + 1, vim.str_byteindex(line, p.character, true) }
    end
    local s, e = pos(result.range.start), pos(result.range['end'])
    vim.api.nvim_win_set_cursor(0, s)
    vim.cmd('normal! v')
    vim.api.nvim_win_set_cursor(0, { e[1], math.max(e[2] - 1, 0) })
  end)
end, { nargs = 1 })
