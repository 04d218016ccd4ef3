# testcompiler warm worker for Ruby. Reads "<dir>\t<nonce>\t<file>\t<job>" lines; runs each program in a forked
# copy of this already-started Ruby (RubyGems and the harness's `set` already loaded): the child moves to
# <dir>, points its stdout and stderr at <dir>/.stdout and .stderr and its stdin at /dev/null, and loads the
# file at the top level, as `ruby <file>` would run it (an uncaught exception is reported and exits 1, exit
# and exit! end the child with their status). Answers "<token> <job> PID <pid>", then "<token> <job> DONE
# <exit code>" or "<token> <job> SIGNAL <n>", each on a line of its own: a program may have written to this
# process's stdout. Everything here is a local of this file, which no program sees.
require 'set'

token = ENV.fetch("TESTCOMPILER_WORKER_TOKEN", "")
answer = ->(*words) {
  STDOUT.write("\n" + ([token] + words).join(" ") + "\n")
  STDOUT.flush
}

answer.("READY")
while (line = STDIN.gets)
  parts = line.chomp.split("\t", -1)
  unless parts.length == 4
    answer.("BAD")
    next
  end
  dir, nonce, file, job = parts
  STDOUT.flush
  STDERR.flush
  pid = fork do
    Dir.chdir(dir)
    ENV["TESTCOMPILER_NONCE"] = nonce
    ENV["HOME"] = dir
    ENV["TMPDIR"] = dir
    ENV.delete("TESTCOMPILER_WORKER_TOKEN")
    STDIN.reopen("/dev/null", "r")
    STDOUT.reopen(".stdout", "w")
    STDERR.reopen(".stderr", "w")
    $0 = file
    load(file)
  end
  answer.(job, "PID", pid.to_s)
  _, status = Process.wait2(pid)
  if status.signaled?
    answer.(job, "SIGNAL", status.termsig.to_s)
  else
    answer.(job, "DONE", status.exitstatus.to_s)
  end
end
