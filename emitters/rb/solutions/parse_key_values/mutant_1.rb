# expect-fail: 23 24
# Mutant: a repeated key replaces the earlier list instead of extending it.
def parse_key_values(text, sep = ";")
  raise ArgumentError, "empty separator" if sep.empty?
  result = {}
  text.split(sep, -1).each do |entry|
    next if entry.strip.empty?
    raise ArgumentError, "missing '=' in entry: #{entry}" unless entry.include?("=")
    key, rest = entry.split("=", 2)
    values = (result[key.strip] = [])
    rest.split(",", -1).map(&:strip).reject(&:empty?).each do |s|
      raise ArgumentError, "invalid integer: #{s}" unless s.match?(/\A[+-]?\d+\z/)
      values << s.to_i
    end
  end
  result
end
