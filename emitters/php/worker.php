<?php
// testcompiler warm worker for PHP. Reads "<dir>\t<nonce>\t<file>\t<job>" lines; runs each program in a forked
// copy of this already-started PHP (pcntl_fork): in <dir>, with its output in <dir>/.stdout and .stderr, the
// program included at the top level as `php <file>` would run it. Answers "<token> <job> PID <pid>", waits for
// it, then "<token> <job> DONE <exit code>" (or "SIGNAL <n>" when a signal ended it). Every answer starts a line
// of its own: a program may have written to this process's stdout.
$__tcw_token = (string) getenv("TESTCOMPILER_WORKER_TOKEN");
$__tcw_say = static function (string $words) use ($__tcw_token): void {
    fwrite(STDOUT, "\n" . $__tcw_token . " " . $words . "\n");
    fflush(STDOUT);
};
$__tcw_say("READY");
while (($__tcw_line = fgets(STDIN)) !== false) {
    $__tcw_parts = explode("\t", rtrim($__tcw_line, "\n"));
    if (count($__tcw_parts) !== 4) {
        break;
    }
    [$__tcw_dir, $__tcw_nonce, $__tcw_file, $__tcw_job] = $__tcw_parts;
    $__tcw_pid = pcntl_fork();
    if ($__tcw_pid === 0) {
        // the program's descriptors 0, 1 and 2 (what it and what it starts write to): never the worker's pipes
        fclose(STDIN);
        fclose(STDOUT);
        fclose(STDERR);
        $__tcw_fds = [fopen("/dev/null", "r"), fopen($__tcw_dir . "/.stdout", "w"), fopen($__tcw_dir . "/.stderr", "w")];
        chdir($__tcw_dir);
        putenv("TESTCOMPILER_WORKER_TOKEN");
        putenv("TESTCOMPILER_NONCE=" . $__tcw_nonce);
        putenv("HOME=" . $__tcw_dir);
        putenv("TMPDIR=" . $__tcw_dir);
        unset($_SERVER["TESTCOMPILER_WORKER_TOKEN"], $_ENV["TESTCOMPILER_WORKER_TOKEN"]);
        $_SERVER["TESTCOMPILER_NONCE"] = $_ENV["TESTCOMPILER_NONCE"] = $__tcw_nonce;
        $__tcw_file = $__tcw_dir . "/" . $__tcw_file;
        unset($__tcw_token, $__tcw_say, $__tcw_line, $__tcw_parts, $__tcw_dir, $__tcw_nonce, $__tcw_job, $__tcw_pid);
        include $__tcw_file;
        exit(0);
    }
    if ($__tcw_pid < 0) {
        break;
    }
    $__tcw_say($__tcw_job . " PID " . $__tcw_pid);
    $__tcw_status = 0;
    pcntl_waitpid($__tcw_pid, $__tcw_status);
    if (pcntl_wifexited($__tcw_status)) {
        $__tcw_say($__tcw_job . " DONE " . pcntl_wexitstatus($__tcw_status));
    } else {
        $__tcw_say($__tcw_job . " SIGNAL " . (pcntl_wifsignaled($__tcw_status) ? pcntl_wtermsig($__tcw_status) : 0));
    }
}
