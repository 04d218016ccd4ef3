/* testcompiler warm worker for Lua. Lua has no fork of its own, so the worker is this small C program, built
 * once per machine against Debian's liblua5.4 (the library the lua5.4 command is built from) by
 * emitters/lua/build.py. It reads "<dir>\t<nonce>\t<file>\t<job>" lines; for each it forks, and the child
 * does what `lua5.4 <file>` does (lua.c of Lua 5.4.4): a new state with the standard libraries, the `arg`
 * table, the generational collector, LUA_INIT, the script run under a message handler that appends a
 * traceback, "<progname>: <message>" on stderr and exit status 1 for an error, lua_close (finalizers run)
 * and exit status 0 otherwise. Its cwd is <dir>, stdin /dev/null, stdout and stderr <dir>/.stdout and
 * .stderr. The worker answers "<token> <job> PID <pid>", then "<token> <job> DONE <exit code>" or
 * "<token> <job> SIGNAL <n>", each on a line of its own. The worker itself never runs Lua: what a program
 * could reach of it is a copy of a process that holds nothing but its token, and the answer pipe is not
 * among the child's descriptors. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio_ext.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "lauxlib.h"
#include "lua.h"
#include "lualib.h"

static const char *progname = "lua5.4";

static void message(const char *text) {
  fprintf(stderr, "%s: %s\n", progname, text);
  fflush(stderr);
}

static int handler(lua_State *L) {
  const char *text = lua_tostring(L, 1);
  if (text == NULL) {
    if (luaL_callmeta(L, 1, "__tostring") && lua_type(L, -1) == LUA_TSTRING) return 1;
    text = lua_pushfstring(L, "(error object is a %s value)", luaL_typename(L, 1));
  }
  luaL_traceback(L, L, text, 1);
  return 1;
}

static int call(lua_State *L, int nargs) {
  int base = lua_gettop(L) - nargs;
  lua_pushcfunction(L, handler);
  lua_insert(L, base);
  int status = lua_pcall(L, nargs, LUA_MULTRET, base);
  lua_remove(L, base);
  return status;
}

static int report(lua_State *L, int status) {
  if (status != LUA_OK) {
    message(lua_tostring(L, -1));
    lua_pop(L, 1);
  }
  return status;
}

static int run_init(lua_State *L) {
  const char *name = "=LUA_INIT_5_4";
  const char *init = getenv(name + 1);
  if (init == NULL) {
    name = "=LUA_INIT";
    init = getenv(name + 1);
  }
  if (init == NULL) return LUA_OK;
  int status = init[0] == '@' ? luaL_loadfile(L, init + 1)
                              : luaL_loadbuffer(L, init, strlen(init), name);
  if (status == LUA_OK) status = call(L, 0);
  return report(L, status);
}

/* lua.c's pmain for `lua5.4 <file>`: argv is {progname, file}. */
static int script(lua_State *L) {
  char **argv = (char **)lua_touserdata(L, 2);
  luaL_checkversion(L);
  luaL_openlibs(L);
  lua_createtable(L, 0, 2);
  lua_pushstring(L, argv[0]);
  lua_rawseti(L, -2, -1);
  lua_pushstring(L, argv[1]);
  lua_rawseti(L, -2, 0);
  lua_setglobal(L, "arg");
  lua_gc(L, LUA_GCRESTART);
  lua_gc(L, LUA_GCGEN, 0, 0);
  if (run_init(L) != LUA_OK) return 0;
  int status = luaL_loadfile(L, argv[1]);
  if (status == LUA_OK) status = call(L, 0);
  if (report(L, status) != LUA_OK) return 0;
  lua_pushboolean(L, 1);
  return 1;
}

static void redirect(const char *path, int fd, int flags) {
  int target = open(path, flags, 0644);
  if (target < 0) _exit(127);
  if (target != fd) {
    dup2(target, fd);
    close(target);
  }
}

/* In the fork: never returns. */
static void child(const char *dir, const char *nonce, const char *file) {
  if (chdir(dir) != 0) _exit(127);
  redirect("/dev/null", 0, O_RDONLY);
  __fpurge(stdin); /* what the worker read ahead of its commands is not the program's input */
  redirect(".stdout", 1, O_WRONLY | O_CREAT | O_TRUNC);
  redirect(".stderr", 2, O_WRONLY | O_CREAT | O_TRUNC);
  setenv("TESTCOMPILER_NONCE", nonce, 1);
  setenv("HOME", dir, 1);
  setenv("TMPDIR", dir, 1);
  unsetenv("TESTCOMPILER_WORKER_TOKEN");
  char *argv[] = {(char *)progname, (char *)file, NULL};
  lua_State *L = luaL_newstate();
  if (L == NULL) {
    message("cannot create state: not enough memory");
    exit(EXIT_FAILURE);
  }
  lua_gc(L, LUA_GCSTOP);
  lua_pushcfunction(L, script);
  lua_pushinteger(L, 2);
  lua_pushlightuserdata(L, argv);
  int status = lua_pcall(L, 2, 1, 0);
  int result = lua_toboolean(L, -1);
  report(L, status);
  lua_close(L);
  exit(result && status == LUA_OK ? EXIT_SUCCESS : EXIT_FAILURE);
}

int main(int argc, char **argv) {
  const char *token = getenv("TESTCOMPILER_WORKER_TOKEN");
  if (token == NULL) token = "";
  if (argc > 1 && argv[1][0]) progname = argv[1]; /* the interpreter's path, as a process's argv[0] */
  char line[8192];
  printf("\n%s READY\n", token);
  fflush(stdout);
  while (fgets(line, sizeof line, stdin) != NULL) {
    line[strcspn(line, "\n")] = '\0';
    char *fields[4];
    int count = 0;
    char *rest = line;
    for (; count < 4 && rest != NULL; count++) fields[count] = strsep(&rest, "\t");
    if (count != 4 || rest != NULL) {
      printf("\n%s BAD\n", token);
      fflush(stdout);
      continue;
    }
    fflush(stdout);
    fflush(stderr);
    pid_t pid = fork();
    if (pid == 0) child(fields[0], fields[1], fields[2]);
    printf("\n%s %s PID %d\n", token, fields[3], (int)pid);
    fflush(stdout);
    int status = 0;
    if (pid < 0 || waitpid(pid, &status, 0) != pid) {
      printf("\n%s %s SIGNAL 0\n", token, fields[3]);
    } else if (WIFSIGNALED(status)) {
      printf("\n%s %s SIGNAL %d\n", token, fields[3], WTERMSIG(status));
    } else {
      printf("\n%s %s DONE %d\n", token, fields[3], WEXITSTATUS(status));
    }
    fflush(stdout);
  }
  return 0;
}
