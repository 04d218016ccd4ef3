-- In-process runner for Lua (bench/executor.py's in-process limit): every program of a list in this one Lua
-- state, one after another, each chunk loaded with a fresh global table of its own (reading through to the
-- real one) and its os.exit turned into an error this runner catches. Protocol: see emitters/py/inprocess.py. Its stdout is
-- /dev/null (the host starts it so); the markers go to the real stderr.
local paths = {}
for line in io.lines(arg[1]) do
  if line ~= "" then paths[#paths + 1] = line end
end
local stderr = io.stderr
stderr:write("\nTCR ready\n")
stderr:flush()
io.read("l")

local EXIT = {}
local codes = {}
for i, path in ipairs(paths) do
  local code = 0
  local os_copy = {}
  for k, v in pairs(os) do os_copy[k] = v end
  os_copy.exit = function(c)
    if c == nil or c == true then code = 0 elseif c == false then code = 1 else code = c end
    error(EXIT, 0)
  end
  local env = setmetatable({os = os_copy}, {__index = _G})
  local chunk = loadfile(path, "t", env)
  if not chunk then
    code = 1
  else
    local ok, err = pcall(chunk)
    if not ok and err ~= EXIT then code = 1 end
  end
  codes[i] = tostring(code)
end
stderr:write("\nTCR done " .. table.concat(codes, " ") .. "\n")
stderr:flush()
