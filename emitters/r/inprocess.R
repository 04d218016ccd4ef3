# In-process runner for R (bench/executor.py's in-process limit): every program of a list in this one R,
# one after another, each evaluated in a fresh environment (child of the global one) whose quit() ends the
# program instead of the process, errors caught, output and messages sunk to the null device. Protocol:
# see emitters/py/inprocess.py.
.tcr_paths <- readLines(commandArgs(trailingOnly = TRUE)[1])
.tcr_paths <- .tcr_paths[nzchar(.tcr_paths)]
cat("\nTCR ready\n", file = stderr())
.tcr_stdin <- file("stdin")
open(.tcr_stdin)
invisible(readLines(.tcr_stdin, n = 1))

.tcr_run <- function(path) {
  e <- new.env(parent = globalenv())
  done <- function(save = "default", status = 0, runLast = TRUE) invokeRestart("tcdone", status)
  assign("quit", done, envir = e)
  assign("q", done, envir = e)
  withRestarts(
    tryCatch({
      for (x in parse(path, keep.source = FALSE)) eval(x, e)
      0
    }, error = function(err) 1),
    tcdone = function(status) status
  )
}

.tcr_null <- file(nullfile(), "w")
sink(.tcr_null)
sink(.tcr_null, type = "message")
.tcr_codes <- vapply(.tcr_paths, function(p) as.integer(.tcr_run(p)), integer(1))
sink(type = "message")
sink()
cat("\nTCR done ", paste(.tcr_codes, collapse = " "), "\n", sep = "", file = stderr())
