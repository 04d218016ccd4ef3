function has_close_elements(numbers::Vector{Float64}, threshold::Float64)::Bool
    ordered = sort(numbers)
    return any(ordered[i + 1] - ordered[i] < threshold for i in 1:length(ordered) - 1)
end
