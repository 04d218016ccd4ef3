local function add(x, y)
  return x + y
end
