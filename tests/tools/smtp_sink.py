#!/usr/bin/env python3
"""A local SMTP sink for the tests: listens on 127.0.0.1 (a free port, printed on the first line of
standard output), accepts every message and writes each to OUTDIR/NNN.eml (envelope recipients on the
first line, "RCPT: a, b"). Refuses recipients whose address starts with "refused" (550), so that a
test can check that one refused recipient fails only its own message. Runs until killed."""
import os
import socketserver
import sys

OUT = sys.argv[1]
count = 0


class Handler(socketserver.StreamRequestHandler):
    def reply(self, line):
        self.wfile.write((line + "\r\n").encode())
        self.wfile.flush()

    def handle(self):
        global count
        self.reply("220 localhost test sink")
        recipients = []
        while True:
            raw = self.rfile.readline()
            if not raw:
                return
            command = raw.decode("utf-8", "replace").strip()
            verb = command[:4].upper()
            if verb in ("EHLO", "HELO"):
                self.reply("250 localhost")
            elif verb == "MAIL":
                recipients = []
                self.reply("250 OK")
            elif verb == "RCPT":
                address = command.split(":", 1)[1].strip().strip("<>")
                if address.startswith("refused"):
                    self.reply("550 no such user")
                else:
                    recipients.append(address)
                    self.reply("250 OK")
            elif verb == "DATA":
                self.reply("354 end with .")
                lines = []
                while True:
                    line = self.rfile.readline()
                    if not line or line in (b".\r\n", b".\n"):
                        break
                    lines.append(line)
                count += 1
                with open(os.path.join(OUT, "%03d.eml" % count), "wb") as f:
                    f.write(("RCPT: " + ", ".join(recipients) + "\n").encode())
                    f.writelines(lines)
                self.reply("250 queued")
            elif verb == "RSET":
                recipients = []
                self.reply("250 OK")
            elif verb == "QUIT":
                self.reply("221 bye")
                return
            else:
                self.reply("250 OK")


server = socketserver.TCPServer(("127.0.0.1", 0), Handler)
print(server.server_address[1], flush=True)
server.serve_forever()
