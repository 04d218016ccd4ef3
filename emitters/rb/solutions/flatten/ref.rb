def flatten(nested, depth = -1)
  depth.negative? ? nested.flatten : nested.flatten(depth)
end
