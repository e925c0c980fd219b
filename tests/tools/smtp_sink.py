#!/usr/bin/env python3
"""A local SMTP sink for the tests: listens on 127.0.0.1 (a free port, printed on the first line of
standard output), accepts every message and writes each to OUTDIR/NNN.eml (envelope recipients on the
first line, "RCPT: a, b"). Refuses recipients whose address starts with "refused" (550), so that a
test can check that one refused recipient fails only its own message. Runs until killed.

Options, to test the protected connections a real relay asks for:
  --starttls CERT KEY   offers STARTTLS and refuses MAIL before it (530)
  --tls CERT KEY        TLS from the first byte (port 465 style)
  --auth USER:PASSWORD  offers AUTH LOGIN and PLAIN and refuses MAIL before a successful one (530);
                        a wrong password gets 535. Each session's outcome is appended to OUTDIR/auth.log."""
import base64
import os
import socketserver
import ssl
import sys

args = sys.argv[1:]
OUT = args.pop(0)
starttls = tls = auth = None
while args:
    option = args.pop(0)
    if option == "--starttls":
        starttls = (args.pop(0), args.pop(0))
    elif option == "--tls":
        tls = (args.pop(0), args.pop(0))
    elif option == "--auth":
        auth = args.pop(0)
    else:
        sys.exit("unknown option " + option)
count = 0


def server_context(pair):
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(pair[0], pair[1])
    return context


def log_auth(line):
    with open(os.path.join(OUT, "auth.log"), "a") as f:
        f.write(line + "\n")


class Handler(socketserver.StreamRequestHandler):
    def reply(self, line):
        self.wfile.write((line + "\r\n").encode())
        self.wfile.flush()

    def secure(self, pair):
        self.connection = server_context(pair).wrap_socket(self.connection, server_side=True)
        self.rfile = self.connection.makefile("rb")
        self.wfile = self.connection.makefile("wb")

    def read_line(self):
        raw = self.rfile.readline()
        return raw.decode("utf-8", "replace").strip() if raw else None

    def check_login(self, user, password):
        ok = auth == user + ":" + password
        log_auth(("ok " if ok else "refused ") + user + (" tls" if self.encrypted else " plain"))
        self.reply("235 authenticated" if ok else "535 authentication failed")
        return ok

    def handle(self):
        global count
        self.encrypted = False
        if tls:
            try:
                self.secure(tls)
            except (ssl.SSLError, OSError):
                return
            self.encrypted = True
        self.reply("220 localhost test sink")
        recipients = []
        authenticated = False
        while True:
            command = self.read_line()
            if command is None:
                return
            verb = command[:4].upper()
            if verb in ("EHLO", "HELO"):
                features = []
                if starttls and not self.encrypted:
                    features.append("STARTTLS")
                if auth:
                    features.append("AUTH LOGIN PLAIN")
                lines = ["localhost"] + features
                for line in lines[:-1]:
                    self.reply("250-" + line)
                self.reply("250 " + lines[-1])
            elif command.upper() == "STARTTLS" and starttls and not self.encrypted:
                self.reply("220 ready to start TLS")
                try:
                    self.secure(starttls)
                except (ssl.SSLError, OSError):
                    return
                self.encrypted = True
                authenticated = False
            elif verb == "AUTH" and auth:
                parts = command.split()
                method = parts[1].upper() if len(parts) > 1 else ""
                if method == "LOGIN":
                    self.reply("334 " + base64.b64encode(b"Username:").decode())
                    user = base64.b64decode(self.read_line() or "").decode()
                    self.reply("334 " + base64.b64encode(b"Password:").decode())
                    password = base64.b64decode(self.read_line() or "").decode()
                    authenticated = self.check_login(user, password)
                elif method == "PLAIN":
                    blob = parts[2] if len(parts) > 2 else None
                    if blob is None:
                        self.reply("334 ")
                        blob = self.read_line() or ""
                    _, user, password = base64.b64decode(blob).decode().split("\0")
                    authenticated = self.check_login(user, password)
                else:
                    self.reply("504 unrecognised authentication type")
            elif verb == "MAIL":
                if (starttls and not self.encrypted) or (auth and not authenticated):
                    self.reply("530 must issue STARTTLS or AUTH first")
                    continue
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
