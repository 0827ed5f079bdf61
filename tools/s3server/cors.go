package main

import (
	"net/http"
	"strconv"
	"strings"
)

// corsPolicy answers browsers as a bucket CORS configuration on S3 does (MinIO's MINIO_API_CORS_ALLOW_ORIGIN
// likewise): only the listed origins get Access-Control-Allow-Origin, a preflight from any other is refused
// with 403. gofakes3 alone allows every origin ("*"), which would hide a missing bucket CORS rule in tests.
type corsPolicy struct {
	origins map[string]bool
	maxAge  int
}

func newCORSPolicy(list string, maxAge int) *corsPolicy {
	origins := map[string]bool{}
	for _, origin := range strings.Split(list, ",") {
		if origin = strings.TrimSpace(origin); origin != "" {
			origins[origin] = true
		}
	}
	return &corsPolicy{origins: origins, maxAge: maxAge}
}

var corsMethods = "GET, HEAD, PUT, POST, DELETE"
var corsExposed = "ETag, Location, x-amz-request-id, x-amz-version-id"

func (c *corsPolicy) wrap(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		origin := r.Header.Get("Origin")
		allowed := origin != "" && c.origins[origin]
		w.Header().Add("Vary", "Origin")
		if r.Method == http.MethodOptions && r.Header.Get("Access-Control-Request-Method") != "" {
			if !allowed {
				(&refusal{status: http.StatusForbidden, code: "AccessForbidden", message: "CORSResponse: This CORS request is not allowed."}).write(w)
				return
			}
			h := w.Header()
			h.Set("Access-Control-Allow-Origin", origin)
			h.Set("Access-Control-Allow-Methods", corsMethods)
			if requested := r.Header.Get("Access-Control-Request-Headers"); requested != "" {
				h.Set("Access-Control-Allow-Headers", requested)
			}
			h.Set("Access-Control-Max-Age", strconv.Itoa(c.maxAge))
			w.WriteHeader(http.StatusOK)
			return
		}
		cw := &corsWriter{ResponseWriter: w, origin: origin, allowed: allowed}
		next.ServeHTTP(cw, r)
		// A handler that writes nothing leaves net/http to send 200 itself, past this writer: send it here.
		if !cw.done {
			cw.WriteHeader(http.StatusOK)
		}
	})
}

// corsWriter replaces gofakes3's allow-everyone headers with the policy's answer just before the status goes out.
type corsWriter struct {
	http.ResponseWriter
	origin  string
	allowed bool
	done    bool
}

func (w *corsWriter) WriteHeader(status int) {
	if !w.done {
		w.done = true
		h := w.Header()
		for _, name := range []string{"Access-Control-Allow-Origin", "Access-Control-Allow-Methods", "Access-Control-Allow-Headers", "Access-Control-Expose-Headers"} {
			h.Del(name)
		}
		if w.allowed {
			h.Set("Access-Control-Allow-Origin", w.origin)
			h.Set("Access-Control-Expose-Headers", corsExposed)
		}
	}
	w.ResponseWriter.WriteHeader(status)
}

func (w *corsWriter) Write(body []byte) (int, error) {
	if !w.done {
		w.WriteHeader(http.StatusOK)
	}
	return w.ResponseWriter.Write(body)
}
