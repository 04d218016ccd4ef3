double :: Int -> Int
double x = 2 * x
