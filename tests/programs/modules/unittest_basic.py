# unittest on Typhon: a suite run programmatically, its report (minus the timing line), and mock.
import io
import re
import unittest
from unittest import mock


class Arith(unittest.TestCase):
    def setUp(self):
        self.items = [3, 1, 2]

    def test_equal(self):
        self.assertEqual(sorted(self.items), [1, 2, 3])

    def test_fail_message(self):
        self.assertEqual({"a": 1, "b": [1, 2]}, {"a": 1, "b": [1, 3]})

    def test_raises(self):
        with self.assertRaises(ZeroDivisionError) as cm:
            1 / 0
        self.assertIn("division", str(cm.exception))
        with self.assertRaisesRegex(ValueError, r"invalid literal"):
            int("x")

    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertNotEqual(i, 2)

    def test_almost(self):
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertGreater(3, 2)
        self.assertIsInstance([], list)
        self.assertCountEqual([1, 2, 2], [2, 1, 2])

    def test_error(self):
        [][1]

    @unittest.skip("not today")
    def test_skipped(self):
        pass

    @unittest.expectedFailure
    def test_xfail(self):
        self.assertTrue(False)


class Mocks(unittest.TestCase):
    def test_mock(self):
        m = mock.Mock(return_value=5)
        self.assertEqual(m(1, x=2), 5)
        m.assert_called_once_with(1, x=2)
        with mock.patch("os.getcwd", return_value="/nowhere") as p:
            import os
            self.assertEqual(os.getcwd(), "/nowhere")
        self.assertTrue(p.called)
        mm = mock.MagicMock()
        mm.__len__.return_value = 7
        self.assertEqual(len(mm), 7)


stream = io.StringIO()
suite = unittest.defaultTestLoader.loadTestsFromTestCase(Arith)
suite.addTests(unittest.defaultTestLoader.loadTestsFromTestCase(Mocks))
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
text = re.sub(r"Ran (\d+) tests? in [\d.]+s", r"Ran \1 tests", stream.getvalue())
text = re.sub(r'File "[^"]*"', 'File "F"', text)
print(text)
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped), len(result.expectedFailures))
print(result.wasSuccessful())
