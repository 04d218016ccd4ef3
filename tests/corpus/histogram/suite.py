import unittest


def histogram(values: list[int], bucket: int = 1) -> dict[int, int]:
    """Count how many values fall into each bucket.

    A value v belongs to the bucket whose key is (v // bucket) * bucket (floor
    division, so negative values go to the bucket below them). Buckets without
    values are absent from the result. Raise ValueError if bucket is not positive.
    """
    ...


class TestHistogram(unittest.TestCase):
    def test_counts(self):
        self.assertEqual(histogram([1, 2, 2, 3, 3, 3]), {1: 1, 2: 2, 3: 3})
        self.assertEqual(histogram([]), {})
        self.assertEqual({-1: 2, 0: 1}, histogram([-1, 0, -1]))

    def test_buckets(self):
        self.assertEqual(histogram([0, 4, 5, 9, 10], bucket=5), {0: 2, 5: 2, 10: 1})
        self.assertEqual(histogram([-1, -5, -6], 5), {-5: 2, -10: 1})
        self.assertNotEqual(histogram([1, 2], bucket=10), {1: 1, 2: 1})

    def test_truthiness(self):
        self.assertTrue(histogram([7]))
        self.assertFalse(histogram([]))
        self.assertIsNotNone(histogram([]))

    def test_bad_bucket(self):
        self.assertRaises(ValueError, histogram, [1, 2], 0)
        with self.assertRaises(ValueError):
            histogram([1], bucket=-3)
