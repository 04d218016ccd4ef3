# testcompiler warm worker for R. Reads "<dir>\t<nonce>\t<file>\t<job>" lines; runs each program in a forked
# copy of this already-started R (fresh global environment, output to <dir>/.stdout and .stderr, exit status
# to <dir>/.status), answers "<token> <job> PID <pid>", waits for it, and answers "<token> <job> DONE".
# Every answer starts a line of its own: a program may have written to this process's stdout.
.tcw_token <- Sys.getenv("TESTCOMPILER_WORKER_TOKEN")
.tcw_input <- file("stdin")
open(.tcw_input)

.tcw_child <- function(dir, nonce, file) {
  setwd(dir)
  Sys.setenv(TESTCOMPILER_NONCE = nonce, HOME = dir, TMPDIR = dir)
  Sys.unsetenv("TESTCOMPILER_WORKER_TOKEN")
  out <- file(".stdout", "w")
  err <- file(".stderr", "w")
  sink(out)
  sink(err, type = "message")
  # the descriptors themselves (what programs it starts write to) go nowhere, not to the worker's pipe
  parallel:::closeStdout(TRUE)
  parallel:::closeStderr(TRUE)
  rm(list = ls(globalenv(), all.names = TRUE), envir = globalenv())
  assign("quit", function(save = "default", status = 0, runLast = TRUE) {
    writeLines(as.character(status), ".status")
    sink(type = "message")
    sink()
    close(out)
    close(err)
    # exit without R's clean-up, which would delete the temporary directory this process shares with the worker
    parallel:::mcexit(as.integer(status))
  }, envir = globalenv())
  status <- tryCatch({
    for (expr in parse(file, keep.source = FALSE)) eval(expr, globalenv())
    0
  }, error = function(e) {
    message("Error: ", conditionMessage(e))
    1
  })
  get("quit", envir = globalenv())(status = status)
}

cat("\n", .tcw_token, " READY\n", sep = "")
flush(stdout())
# A full collection before the first fork: what R's start-up left as garbage would otherwise be collected
# again by every forked program, on pages each must first copy (13 to 6 ms of a program's CPU, measured here).
invisible(gc(full = TRUE))
repeat {
  .tcw_line <- readLines(.tcw_input, n = 1)
  if (length(.tcw_line) == 0) break
  .tcw_parts <- strsplit(.tcw_line, "\t", fixed = TRUE)[[1]]
  suppressWarnings(parallel:::mccollect(wait = FALSE))
  .tcw_job <- parallel:::mcfork()
  if (inherits(.tcw_job, "masterProcess")) .tcw_child(.tcw_parts[1], .tcw_parts[2], .tcw_parts[3])
  cat("\n", .tcw_token, " ", .tcw_parts[4], " PID ", .tcw_job$pid, "\n", sep = "")
  flush(stdout())
  suppressWarnings(parallel:::mccollect(.tcw_job, wait = TRUE))
  cat("\n", .tcw_token, " ", .tcw_parts[4], " DONE\n", sep = "")
  flush(stdout())
}
