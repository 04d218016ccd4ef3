// A set among the expected values: compared with an array's elements as a set.
final class __tc_set
{
    public function __construct(public array $items)
    {
    }
}

final class __tc
{
    public static string $nonce = "{{ DEFAULT_NONCE }}";
    public static int $failures = 0;
    public static int $current = 0;  // the check running now: a fatal out-of-memory error reports it
    /** @var resource */
    public static $out;

    public static function start(): void
    {
        $nonce = \getenv("{{ NONCE_VARIABLE }}");
        self::$nonce = \is_string($nonce) && $nonce !== "" ? $nonce : "{{ DEFAULT_NONCE }}";
        self::$out = \fopen("php://stdout", "w");
        \ini_set("serialize_precision", "-1");
        \register_shutdown_function(static function (): void {
            $error = \error_get_last();
            if (__tc::$current === 0 || $error === null) {
                return;
            }
            $message = (string) $error["message"];
            if (\str_starts_with($message, "Allowed memory size") || \str_starts_with($message, "Out of memory")) {
                __tc::emit(__tc::$current, "oom", $message);
            }
        });
    }

    public static function close(float $a, float $b, array $tol): bool
    {
        if (\is_nan($a) && \is_nan($b)) {
            return true;
        }
        if ($a == $b) {
            return true;
        }
        if (\is_nan($a) || \is_nan($b) || \is_infinite($a) || \is_infinite($b)) {
            return false;
        }
        $diff = \abs($a - $b);
        $bound = \max($tol[0] * \max(\abs($a), \abs($b)), $tol[1]);
        return $tol[2] ? $diff < $bound : $diff <= $bound;
    }

    // Python's == on the values these stand for: an array by its keys and values in any order (a list is
    // keyed 0..n-1), ints exactly, floats within tol, true == 1, an expected set against an array's elements.
    public static function eq(mixed $a, mixed $b, array $tol): bool
    {
        if ($b instanceof __tc_set) {
            if (!\is_array($a)) {
                return false;
            }
            foreach ([[$a, $b->items], [$b->items, $a]] as [$xs, $ys]) {
                foreach ($xs as $x) {
                    $found = false;
                    foreach ($ys as $y) {
                        if (self::eq($x, $y, $tol) || self::eq($y, $x, $tol)) {
                            $found = true;
                            break;
                        }
                    }
                    if (!$found) {
                        return false;
                    }
                }
            }
            return true;
        }
        if (\is_bool($a) && (\is_int($b) || \is_float($b))) {
            $a = (int) $a;
        }
        if (\is_bool($b) && (\is_int($a) || \is_float($a))) {
            $b = (int) $b;
        }
        if ((\is_int($a) || \is_float($a)) && (\is_int($b) || \is_float($b))) {
            if (\is_int($a) && \is_int($b)) {
                return $a === $b;
            }
            return self::close((float) $a, (float) $b, $tol);
        }
        if (\is_array($a) && \is_array($b)) {
            if (\count($a) !== \count($b)) {
                return false;
            }
            foreach ($a as $k => $x) {
                if (!\array_key_exists($k, $b) || !self::eq($x, $b[$k], $tol)) {
                    return false;
                }
            }
            return true;
        }
        return $a === $b;
    }

    // Python's truthiness: "0" is true, as every non-empty string.
    public static function truthy(mixed $v): bool
    {
        if ($v === null || $v === false || $v === 0 || $v === "" || $v === []) {
            return false;
        }
        if (\is_float($v)) {
            return $v != 0.0;
        }
        return true;
    }

    // A string as a double-quoted literal: ASCII as is, other characters as \u{...}, and a byte that is no
    // part of a UTF-8 character as \u{dcXX} (Python's surrogateescape: it equals no str a check expects).
    public static function quote(string $s): string
    {
        $named = ["\n" => "\\n", "\t" => "\\t", "\r" => "\\r", "\"" => "\\\"", "\\" => "\\\\"];
        $body = \preg_replace_callback(
            '/[\x00-\x1f\x7f"\\\\]|[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}'
            . '|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2}'
            . '|[\x80-\xff]/',
            static function (array $m) use ($named): string {
                $c = $m[0];
                if (isset($named[$c])) {
                    return $named[$c];
                }
                $n = \strlen($c);
                $b = \ord($c[0]);
                if ($n === 1) {
                    return '\\u{' . \dechex($b < 0x80 ? $b : 0xdc00 + $b) . '}';
                }
                $code = $b & (0xff >> ($n + 1));
                for ($i = 1; $i < $n; $i++) {
                    $code = ($code << 6) | (\ord($c[$i]) & 0x3f);
                }
                return '\\u{' . \dechex($code) . '}';
            },
            $s
        );
        return "\"" . $body . "\"";
    }

    public static function show(mixed $v): string
    {
        if ($v === null) {
            return "null";
        }
        if (\is_bool($v)) {
            return $v ? "true" : "false";
        }
        if (\is_int($v)) {
            return (string) $v;
        }
        if (\is_float($v)) {
            if (\is_nan($v)) {
                return "NAN";
            }
            if (\is_infinite($v)) {
                return $v > 0 ? "INF" : "-INF";
            }
            $text = \var_export($v, true);
            return \str_contains($text, ".") || \str_contains($text, "E") ? $text : $text . ".0";
        }
        if (\is_string($v)) {
            return self::quote($v);
        }
        if (\is_array($v)) {
            $parts = [];
            if (\array_is_list($v)) {
                foreach ($v as $x) {
                    $parts[] = self::show($x);
                }
            } else {
                foreach ($v as $k => $x) {
                    $parts[] = self::show($k) . " => " . self::show($x);
                }
            }
            return "[" . \implode(", ", $parts) . "]";
        }
        if ($v instanceof __tc_set) {
            return self::show($v->items);
        }
        return "<" . \get_debug_type($v) . ">";
    }

    // Conversions around the call: Python's list(x) and tuple(x) of an array are the array; set(x) its
    // elements; sorted(x) its elements in order (PHP's sort: an array's values, never its keys).
    public static function list_(mixed $v): mixed
    {
        return $v;
    }

    public static function tuple_(mixed $v): mixed
    {
        return $v;
    }

    public static function set_(mixed $v): mixed
    {
        return \is_array($v) ? \array_values($v) : $v;
    }

    public static function sorted_(mixed $v): mixed
    {
        if (!\is_array($v)) {
            return $v;
        }
        $v = \array_values($v);
        \sort($v);
        return $v;
    }

    public static function emit(int $index, string $kind, string $detail): void
    {
        $line = self::$nonce . " " . $index . " " . $kind . ($detail === "" ? "" : " " . $detail);
        \fwrite(self::$out, "\n" . \str_replace(["\r", "\n"], ["\\r", "\\n"], $line) . "\n");
    }

    private static function message(\Throwable $e): string
    {
        return \get_class($e) . ": " . $e->getMessage();
    }

    private static function holds(string $relation, mixed $v, mixed $e, array $tol): bool
    {
        return match ($relation) {
            "equals", "approx" => self::eq($v, $e, $tol),
            "not_equals" => !self::eq($v, $e, $tol),
            "truthy" => self::truthy($v),
            "falsy" => !self::truthy($v),
            "is_none" => $v === null,
            "is_not_none" => $v !== null,
            "is_true" => $v === true,
            "is_false" => $v === false,
            default => false,
        };
    }

    public static function check(int $index, \Closure $thunk, string $relation, mixed $expected, array $tol): void
    {
        self::$current = $index;
        try {
            $actual = $thunk();
        } catch (\Throwable $e) {
            self::$current = 0;
            self::report($index, $relation === "raises" ? "pass" : "error", $relation === "raises" ? "" : self::message($e));
            return;
        }
        self::$current = 0;
        if (self::holds($relation, $actual, $expected, $tol)) {
            self::report($index, "pass", "");
        } elseif ($relation === "raises") {
            self::report($index, "fail", "no error raised; got " . self::show($actual));
        } else {
            self::report($index, "fail", "got " . self::show($actual));
        }
    }

    private static function report(int $index, string $status, string $detail): void
    {
        if ($status !== "pass") {
            self::$failures++;
        }
        self::emit($index, $status, $detail);
    }

    // The value the call returned, for the executor to judge (the expected value is not in this program).
    public static function observe(int $index, \Closure $thunk): void
    {
        self::$current = $index;
        try {
            $actual = $thunk();
        } catch (\Throwable $e) {
            self::$current = 0;
            self::emit($index, "error", self::message($e));
            return;
        }
        self::$current = 0;
        self::emit($index, "value", self::show($actual));
    }

    public static function finish_observed(): void
    {
        \fwrite(self::$out, "\n" . self::$nonce . " done\n");
        exit(0);
    }

    public static function finish(int $count): void
    {
        \fwrite(self::$out, "\n" . self::$nonce . " done " . ($count - self::$failures) . " " . self::$failures . "\n");
        exit(self::$failures === 0 ? 0 : 1);
    }
}

__tc::start();
