-- expect-fail: 19 31
-- Mutant: forgets to escape backslashes.
local function escape_text(text, quote)
  if quote == nil then quote = '"' end
  local out = {}
  for i = 1, #text do
    local ch = text:sub(i, i)
    if ch == quote then
      out[#out + 1] = "\\" .. ch
    elseif ch == "\n" then
      out[#out + 1] = "\\n"
    elseif ch == "\t" then
      out[#out + 1] = "\\t"
    elseif ch == "\r" then
      out[#out + 1] = "\\r"
    else
      out[#out + 1] = ch
    end
  end
  return table.concat(out)
end
