import scala.math._
import scala.collection.mutable._
object Problem {
    def double(x : Long) : Long = {
        2 * x
