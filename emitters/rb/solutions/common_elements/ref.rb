def common_elements(a, b)
  a & b
end
