def unique_sorted(values, reverse = false)
  out = values.uniq.sort
  reverse ? out.reverse : out
end
