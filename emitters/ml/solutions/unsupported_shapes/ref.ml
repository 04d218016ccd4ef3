let double (x : int) : int = 2 * x
