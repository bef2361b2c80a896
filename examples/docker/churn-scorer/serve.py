"""Scores churn with the logistic model SageMaker unpacks into /opt/ml/model.

Request: a JSON list of feature rows ({"tenure_months": 3, "monthly_charges": 80.5, "support_calls": 4}).
Response: a JSON list of churn probabilities.
"""
import json
import math
import os
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

MODEL_DIR = os.environ.get("SM_MODEL_DIR", "/opt/ml/model")

with open(os.path.join(MODEL_DIR, "model.json"), encoding="utf-8") as f:
    MODEL = json.load(f)


def score(row):
    z = MODEL["intercept"] + sum(w * float(row.get(name, 0)) for name, w in MODEL["weights"].items())
    return 1.0 / (1.0 + math.exp(-z))


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        self._reply(200 if self.path == "/ping" else 404, {"status": "ok"})

    def do_POST(self):
        if self.path != "/invocations":
            self._reply(404, {"error": "not found"})
            return
        try:
            rows = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))))
            self._reply(200, [score(row) for row in rows])
        except (ValueError, TypeError, AttributeError) as error:
            self._reply(400, {"error": str(error)})

    def _reply(self, status, body):
        data = json.dumps(body).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


if __name__ == "__main__":
    ThreadingHTTPServer(("0.0.0.0", 8080), Handler).serve_forever()
