import unittest
from typing import Optional


def safe_div(a: float, b: float, strict: bool = False) -> Optional[float]:
    """Return a / b as a float.

    When b is zero, return None, or raise ZeroDivisionError if strict is true.
    """
    ...


class TestSafeDiv(unittest.TestCase):
    def test_basic(self):
        self.assertEqual(safe_div(7, 2), 3.5)
        self.assertEqual(safe_div(-9, 3), -3.0)
        self.assertEqual(safe_div(-1, 4), -0.25)
        self.assertNotEqual(safe_div(1, 3), 0.33)
        self.assertAlmostEqual(safe_div(1, 3), 0.333333, places=5)
        self.assertAlmostEqual(safe_div(2.0, 3.0), 2.0 / 3.0)
        self.assertAlmostEqual(safe_div(10, 4), 2.4, delta=0.2)

    def test_truthiness(self):
        self.assertTrue(safe_div(3, 3))
        self.assertFalse(safe_div(0, 7))

    def test_zero_divisor(self):
        self.assertIsNone(safe_div(1, 0))
        self.assertIsNone(safe_div(0, 0.0))
        self.assertIsNotNone(safe_div(0, 5))
        self.assertRaises(ZeroDivisionError, safe_div, 1, 0, True)
        with self.assertRaises(ZeroDivisionError):
            safe_div(5, 0, strict=True)

    def test_special_floats(self):
        self.assertEqual(safe_div(float("inf"), 2), float("inf"))
        self.assertEqual(safe_div(0.0, -5.0), -0.0)
        self.assertEqual(safe_div(-1.5, -0.5), 3)


if __name__ == "__main__":
    unittest.main()
