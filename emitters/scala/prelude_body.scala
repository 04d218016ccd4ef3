// Equality, printing and the result lines, in a package of its own, which the harness names from the root.
// Names are fully qualified: the program imports scala.collection.mutable._, and a solution may declare its
// own List, Map or System.
package __tc {
  object P {
    val out: java.io.PrintStream = capped(java.io.FileDescriptor.out)
    var failures: Int = 0

    // A write past the output cap fails (the JVM ignores SIGXFSZ) and a PrintStream swallows the error, so a
    // program printing forever would run to its time limit: it ends there instead, as the signal ends a
    // program in any other language. Called first by main, before scala.Console takes System.out.
    def start(): Unit = {
      java.lang.System.setOut(capped(java.io.FileDescriptor.out))
      java.lang.System.setErr(capped(java.io.FileDescriptor.err))
    }

    def capped(fd: java.io.FileDescriptor): java.io.PrintStream = {
      val raw = new java.io.FileOutputStream(fd)
      val guarded = new java.io.OutputStream {
        override def write(b: Int): Unit =
          try raw.write(b) catch { case _: java.io.IOException => java.lang.Runtime.getRuntime().halt(153) }
        override def write(b: Array[Byte], off: Int, len: Int): Unit =
          try raw.write(b, off, len) catch { case _: java.io.IOException => java.lang.Runtime.getRuntime().halt(153) }
      }
      new java.io.PrintStream(new java.io.BufferedOutputStream(guarded, 8192), true, "UTF-8")
    }

    def nonce(): String = {
      val n = java.lang.System.getenv("{{ NONCE_VARIABLE }}")
      if (n == null || n.isEmpty) "{{ DEFAULT_NONCE }}" else n
    }

    // None is null or None; Some(x) stands for x.
    def plain(v: Any): Any = v match {
      case scala.Some(x) => plain(x)
      case scala.None => null
      case _ => v
    }

    def integral(v: Any): Boolean = v match {
      case _: java.lang.Long | _: java.lang.Integer | _: java.lang.Short | _: java.lang.Byte => true
      case _: scala.math.BigInt | _: java.math.BigInteger => true  // BigInt is a java.lang.Number
      case _ => false
    }

    def big(v: Any): java.math.BigInteger = new java.math.BigInteger(v.toString)

    def close(a: Double, b: Double, tol: Array[Double]): Boolean = {
      if (java.lang.Double.isNaN(a) && java.lang.Double.isNaN(b)) return true
      if (a == b) return true
      if (java.lang.Double.isNaN(a) || java.lang.Double.isNaN(b)) return false
      if (java.lang.Double.isInfinite(a) || java.lang.Double.isInfinite(b)) return false
      val diff = java.lang.Math.abs(a - b)
      val bound = java.lang.Math.max(tol(0) * java.lang.Math.max(java.lang.Math.abs(a), java.lang.Math.abs(b)), tol(1))
      if (tol(2) != 0) diff < bound else diff <= bound
    }

    def isTuple(v: Any): Boolean = v.isInstanceOf[scala.Product] && v.getClass.getName.startsWith("scala.Tuple")

    // Lists (any Seq or array) and tuples: their items; null for anything else.
    def items(v: Any): scala.collection.immutable.List[Any] = v match {
      case s: scala.collection.Seq[_] => s.toList
      case a: scala.Array[_] => a.toList
      case p: scala.Product if isTuple(p) => p.productIterator.toList
      case _ => null
    }

    def number(v: Any): Any = v match {
      case b: java.lang.Boolean => if (b.booleanValue) 1L else 0L
      case _ => v
    }

    def text(v: Any): Any = v match {
      case c: java.lang.Character => c.toString
      case _ => v
    }

    // Python's == on the values these stand for: lists and tuples elementwise, dicts and sets by content,
    // integers exactly, other numbers within tol, true equal to 1.
    def eq(x: Any, y: Any, tol: Array[Double]): Boolean = {
      val a = text(number(plain(x)))
      val b = text(number(plain(y)))
      if (a == null || b == null) return a == null && b == null
      (a, b) match {
        case (p: java.lang.Number, q: java.lang.Number) =>
          if (integral(p) && integral(q)) big(p) == big(q) else close(p.doubleValue, q.doubleValue, tol)
        case (_: String, _) | (_, _: String) => a == b
        case _ =>
          val xs = items(a)
          val ys = items(b)
          if (xs != null || ys != null) {
            if (xs == null || ys == null || xs.length != ys.length) return false
            return xs.zip(ys).forall { case (p, q) => eq(p, q, tol) }
          }
          (a, b) match {
            case (p: scala.collection.Set[_], q: scala.collection.Set[_]) =>
              p.size == q.size && p.forall(i => q.exists(j => eq(i, j, tol))) && q.forall(j => p.exists(i => eq(i, j, tol)))
            case (p: scala.collection.Map[_, _], q: scala.collection.Map[_, _]) =>
              val exact = scala.Array(0.0, 0.0, 0.0)
              p.size == q.size && p.forall { case (k, v) => q.exists { case (l, w) => eq(k, l, exact) && eq(v, w, tol) } }
            case _ => a == b
          }
      }
    }

    // Python's truthiness: NaN is true, empty containers are false.
    def truthy(x: Any): Boolean = plain(x) match {
      case null => false
      case b: java.lang.Boolean => b.booleanValue
      case n: java.lang.Number if integral(n) => big(n).signum != 0
      case n: java.lang.Number => n.doubleValue != 0.0
      case s: String => !s.isEmpty
      case c: scala.collection.Iterable[_] => c.nonEmpty
      case a: scala.Array[_] => a.nonEmpty
      case p: scala.Product if isTuple(p) => p.productArity > 0
      case _ => true
    }

    def quote(s: String): String = {
      val b = new java.lang.StringBuilder("\"")
      var i = 0
      while (i < s.length) {
        val c = s.charAt(i)
        if (c == '"') b.append("\\\"")
        else if (c == '\\') b.append("\\\\")
        else if (c == '\n') b.append("\\n")
        else if (c == '\r') b.append("\\r")
        else if (c == '\t') b.append("\\t")
        else if (java.lang.Character.isHighSurrogate(c) && i + 1 < s.length && java.lang.Character.isLowSurrogate(s.charAt(i + 1))) {
          b.append("\\u{").append(java.lang.Integer.toHexString(s.codePointAt(i))).append("}")
          i += 1
        } else if (c < 32 || c >= 127) b.append("\\u%04x".format(c.toInt))
        else b.append(c)
        i += 1
      }
      b.append("\"").toString
    }

    def join(xs: scala.collection.Iterable[Any], depth: Int): String = xs.map(x => show(x, depth + 1)).mkString(", ")

    // A value as grammars/values_scala.lark reads it: List(1, 2) lists, (1, "a") tuples, Set(1, 2) sets,
    // Map("k" -> 1) maps, Some(x) / None, 1.0E-7 doubles, strings with escapes (the grammar).
    def show(v: Any, depth: Int): String = v match {
      case null => "null"
      case scala.None => "None"
      case scala.Some(x) => "Some(" + show(x, depth) + ")"
      case b: java.lang.Boolean => if (b.booleanValue) "true" else "false"
      case n: java.lang.Number if integral(n) => n.toString
      case f: java.lang.Float => java.lang.Float.toString(f)
      case n: java.lang.Number =>
        val d = n.doubleValue
        if (java.lang.Double.isNaN(d)) "Double.NaN"
        else if (java.lang.Double.isInfinite(d)) (if (d > 0) "Double.PositiveInfinity" else "Double.NegativeInfinity")
        else java.lang.Double.toString(d)
      case s: String => quote(s)
      case c: java.lang.Character => quote(c.toString)
      case _ if depth > 8 => "..."
      case m: scala.collection.Map[_, _] =>
        "Map(" + m.map { case (k, x) => show(k, depth + 1) + " -> " + show(x, depth + 1) }.mkString(", ") + ")"
      case s: scala.collection.Set[_] => "Set(" + join(s, depth) + ")"
      case s: scala.collection.Seq[_] => "List(" + join(s, depth) + ")"
      case a: scala.Array[_] => "List(" + join(a.toList, depth) + ")"
      case p: scala.Product if isTuple(p) =>
        if (p.productArity == 1) "Tuple1(" + show(p.productElement(0), depth + 1) + ")"
        else "(" + join(p.productIterator.toList, depth) + ")"
      case _ => "<" + v.getClass.getName + ">"
    }

    def compare(x: Any, y: Any): Int = {
      val a = plain(x)
      val b = plain(y)
      (number(a), number(b)) match {
        case (p: java.lang.Number, q: java.lang.Number) =>
          if (integral(p) && integral(q)) return big(p).compareTo(big(q))
          return java.lang.Double.compare(p.doubleValue, q.doubleValue)
        case _ =>
      }
      val xs = items(a)
      val ys = items(b)
      if (xs != null && ys != null) {
        for ((p, q) <- xs.zip(ys)) {
          val c = compare(p, q)
          if (c != 0) return c
        }
        return java.lang.Integer.compare(xs.length, ys.length)
      }
      (a, b) match {
        // Python orders strings by code point, Java's compareTo by UTF-16 unit
        case (p: String, q: String) =>
          val (cs, ds) = (p.codePoints.toArray, q.codePoints.toArray)
          var i = 0
          while (i < cs.length && i < ds.length) {
            if (cs(i) != ds(i)) return java.lang.Integer.compare(cs(i), ds(i))
            i += 1
          }
          java.lang.Integer.compare(cs.length, ds.length)
        case (p: java.lang.Comparable[_], _) => p.asInstanceOf[java.lang.Comparable[Any]].compareTo(b)
        case _ => 0
      }
    }

    // sorted(x), set(x), list(x): Python's conversions of the result.
    def sorted[T](xs: scala.collection.Iterable[T]): scala.collection.immutable.List[T] =
      xs.toList.sortWith((a, b) => compare(a, b) < 0)
    def set[T](xs: scala.collection.Iterable[T]): scala.collection.mutable.Set[T] =
      scala.collection.mutable.Set[T](xs.toSeq: _*)
    def list[T](xs: scala.collection.Iterable[T]): scala.collection.immutable.List[T] = xs.toList

    def error(e: Throwable): String =
      try e.getClass.getName + ": " + e.getMessage catch { case _: Throwable => "<error>" }

    def write(line: String): Unit = {
      out.print(line.replace("\r", "\\r").replace("\n", "\\n") + "\n")
      out.flush()
    }

    def report(index: Int, status: String, detail: String): Unit = {
      write(nonce() + " " + index + " " + status + (if (detail.isEmpty) "" else " " + detail))
      if (status != "pass") failures += 1
    }

    def holds(relation: String, v: Any, expected: Any, tol: Array[Double]): Boolean = relation match {
      case "equals" | "approx" => eq(v, expected, tol)
      case "not_equals" => !eq(v, expected, tol)
      case "truthy" => truthy(v)
      case "falsy" => !truthy(v)
      case "is_none" => plain(v) == null
      case "is_not_none" => plain(v) != null
      case "is_true" => v == true
      case "is_false" => v == false
      case _ => false
    }

    def check(index: Int, v: Any, relation: String, expected: Any, tol: Array[Double]): Unit =
      try {
        if (holds(relation, v, expected, tol)) report(index, "pass", "")
        else report(index, "fail", "got " + show(v, 0))
      } catch { case e: Throwable => report(index, "error", error(e)) }

    // The call raised: what `relation` wanted for `raises`, an error otherwise.
    def thrown(index: Int, relation: String, e: Throwable): Unit =
      if (e.isInstanceOf[OutOfMemoryError]) report(index, "oom", error(e))
      else if (relation == "raises") report(index, "pass", "")
      else report(index, "error", error(e))

    def notRaised(index: Int, v: Any): Unit = report(index, "fail", "no exception raised; got " + show(v, 0))

    def finish(count: Int): Unit = {
      write(nonce() + " done " + (count - failures) + " " + failures)
      java.lang.Runtime.getRuntime().halt(if (failures == 0) 0 else 1)
    }

    // The value the call returned, for the executor to judge (the expected value is not in this program).
    def observe(index: Int, v: Any): Unit = {
      val shown = try show(v, Int.MinValue) catch { case _: Throwable => "<unprintable>" }
      write(nonce() + " " + index + " value " + shown)
    }

    def observeError(index: Int, e: Throwable): Unit =
      write(nonce() + " " + index + (if (e.isInstanceOf[OutOfMemoryError]) " oom " else " error ") + error(e))

    def finishObserved(): Unit = {
      write(nonce() + " done")
      java.lang.Runtime.getRuntime().halt(0)
    }
  }
}
