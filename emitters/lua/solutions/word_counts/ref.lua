local function word_counts(text, min_length)
  min_length = min_length or 1
  if min_length < 1 then error("min_length must be positive") end
  local counts = {}
  for word in text:gmatch("%S+") do
    word = word:lower():gsub("\195\137", "\195\169")  -- "É" -> "é": string.lower is ASCII-only
    if utf8.len(word) >= min_length then counts[word] = (counts[word] or 0) + 1 end
  end
  return counts
end
