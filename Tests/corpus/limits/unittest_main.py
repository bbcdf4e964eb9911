# (In limits/: importing unittest takes minutes with a collection at every safepoint.)
# unittest.main(): assertions, setUp/tearDown, subTest, skips and expected failures,
# reported through a TextTestRunner writing to a StringIO (its timing line is masked).
import io
import unittest


class Arithmetic(unittest.TestCase):
    log = []

    @classmethod
    def setUpClass(cls):
        cls.log.append("setUpClass")

    def setUp(self):
        self.values = [3, 1, 2]

    def tearDown(self):
        self.log.append("tearDown " + self._testMethodName)

    def test_sort(self):
        self.assertEqual(sorted(self.values), [1, 2, 3])
        self.assertIn(2, self.values)
        self.assertNotIn(5, self.values)
        self.assertIsNone(None)
        self.assertTrue(self.values)
        self.assertFalse([])
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertIsInstance(self.values, list)
        self.assertGreater(3, 2)
        self.assertRaises(ZeroDivisionError, lambda: 1 / 0)
        with self.assertRaisesRegex(ValueError, "invalid literal"):
            int("x")
        with self.assertRaises(KeyError) as caught:
            {}["k"]
        self.assertEqual(caught.exception.args, ("k",))
        self.assertCountEqual([1, 2, 3], self.values)
        self.assertDictEqual({"a": 1}, {"a": 1})
        self.assertRegex("hello", "l+")

    def test_subtests(self):
        for n in range(4):
            with self.subTest(n=n):
                self.assertEqual(n % 2, 0)

    def test_failure(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])

    def test_multiline_failure(self):
        self.assertEqual("one\ntwo\nthree\n", "one\nTWO\nthree\n")

    def test_error(self):
        raise KeyError("boom")

    @unittest.skip("not today")
    def test_skipped(self):
        pass

    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertEqual(1, 2)

    @unittest.expectedFailure
    def test_unexpected_success(self):
        pass

    def test_skip_inside(self):
        self.skipTest("inside")


@unittest.skipIf(True, "whole class")
class Skipped(unittest.TestCase):
    def test_a(self):
        pass


class WithMessage(unittest.TestCase):
    def test_message(self):
        self.assertTrue(False, "custom message")

    def test_passes(self):
        self.assertNotEqual(1, 2)


def without_timing(text):
    # Timings vary, and tracebacks name this file by its absolute path: both are masked.
    text = text.replace(__file__, "unittest_main.py")
    return "\n".join("Ran N tests in T" if line.startswith("Ran ") else line for line in text.splitlines())


stream = io.StringIO()
runner = unittest.TextTestRunner(stream=stream, verbosity=2)
program = unittest.main(argv=["unittest_main"], exit=False, testRunner=runner)
print(without_timing(stream.getvalue()))
result = program.result
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped),
      len(result.expectedFailures), len(result.unexpectedSuccesses), result.wasSuccessful())
print(Arithmetic.log)

suite = unittest.TestLoader().loadTestsFromTestCase(WithMessage)
quiet = unittest.TextTestRunner(stream=io.StringIO(), verbosity=0).run(suite)
print(quiet.testsRun, [test.id() for test, _ in quiet.failures])
