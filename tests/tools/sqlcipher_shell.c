/* A minimal SQLCipher 4 shell for the tests: Debian's `sqlcipher` shell is 3.4.1 and cannot open a
 * SQLCipher 4 file (stack.md §0), and the npm amalgamation ships no shell. This program is the
 * independent reader of the tests: it shares no code with Vigie's driver, only the SQLCipher library.
 * Usage: sqlcipher-shell FILE < script.sql   (statements, e.g. starting with PRAGMA key = "x'…'";)
 * Prints each result row as values separated by '|'. Exit 1 on the first SQL error. */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int print_row(void* unused, int n, char** values, char** names)
{
    (void)unused;
    (void)names;
    for (int i = 0; i < n; ++i)
        printf("%s%s", i ? "|" : "", values[i] ? values[i] : "");
    printf("\n");
    return 0;
}

int main(int argc, char** argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: %s FILE < script.sql\n", argv[0]);
        return 2;
    }
    size_t cap = 1 << 16, len = 0;
    char* sql = malloc(cap);
    size_t got;
    while ((got = fread(sql + len, 1, cap - len - 1, stdin)) > 0) {
        len += got;
        if (cap - len < 2) {
            cap *= 2;
            sql = realloc(sql, cap);
        }
    }
    sql[len] = '\0';
    sqlite3* db = NULL;
    if (sqlite3_open(argv[1], &db) != SQLITE_OK) {
        fprintf(stderr, "Error: %s\n", sqlite3_errmsg(db));
        return 1;
    }
    char* err = NULL;
    if (sqlite3_exec(db, sql, print_row, NULL, &err) != SQLITE_OK) {
        fprintf(stderr, "Error: %s\n", err ? err : "?");
        sqlite3_close(db);
        return 1;
    }
    sqlite3_close(db);
    free(sql);
    return 0;
}
