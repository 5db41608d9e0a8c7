#!/usr/bin/env python3
"""Webhook receiver for bench/outbox.sh: answers 204 at once and appends one line per request to a file:
receipt time (epoch seconds, float), webhook-id, webhook-timestamp."""
import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

port, out = int(sys.argv[1]), open(sys.argv[2], "a", buffering=1)


class Handler(BaseHTTPRequestHandler):
    def do_POST(self):
        self.rfile.read(int(self.headers.get("content-length", 0)))
        out.write(f"{time.time():.6f} {self.headers.get('webhook-id')} {self.headers.get('webhook-timestamp')}\n")
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args):
        pass


ThreadingHTTPServer(("127.0.0.1", port), Handler).serve_forever()
