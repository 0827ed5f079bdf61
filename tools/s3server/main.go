// Command s3server runs an in-memory S3 server for `npm run stack` and the tests that, like S3 itself,
// refuses what is not signed: every request needs a valid SigV4 signature (header or pre-signed query),
// and a browser POST upload needs a policy signed with a known key, unexpired, whose every condition
// holds. s3rver accepts all of these unsigned, so tests on it could not show what production refuses.
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/rclone/gofakes3"
	"github.com/rclone/gofakes3/s3mem"
)

func main() {
	listenAddr := flag.String("listen-addr", "127.0.0.1:4569", "TCP address to listen on")
	bucket := flag.String("bucket", "", "bucket to create at start")
	accessKey := flag.String("access-key", "", "the one access key id accepted")
	secretKey := flag.String("secret-key", "", "its secret access key")
	maxUpload := flag.Int64("max-upload-bytes", 64<<20, "largest browser POST body accepted")
	corsOrigins := flag.String("cors-origins", "", "comma-separated browser origins allowed CORS (the bucket's CORS rule)")
	corsMaxAge := flag.Int("cors-max-age", 600, "seconds a browser may cache a preflight answer")
	flag.Parse()
	if *bucket == "" || *accessKey == "" || *secretKey == "" {
		fmt.Fprintln(os.Stderr, "usage: s3server -bucket <name> -access-key <id> -secret-key <secret> [-listen-addr host:port]")
		os.Exit(2)
	}
	cors := newCORSPolicy(*corsOrigins, *corsMaxAge)
	if err := run(*listenAddr, *bucket, *accessKey, *secretKey, *maxUpload, cors); err != nil {
		fmt.Fprintln(os.Stderr, "s3server:", err)
		os.Exit(1)
	}
}

func run(listenAddr, bucket, accessKey, secretKey string, maxUpload int64, cors *corsPolicy) error {
	backend := s3mem.New()
	if err := backend.CreateBucket(context.Background(), bucket); err != nil {
		return fmt.Errorf("create bucket %q: %w", bucket, err)
	}
	keys := map[string]string{accessKey: secretKey}
	signed := gofakes3.New(backend, gofakes3.WithV4Auth(keys)).Server()
	// Reached only by browser uploads whose policy was verified first: gofakes3 checks no POST policy itself.
	forms := gofakes3.New(backend).Server()
	policies := &postPolicyChecker{keys: keys, now: time.Now, maxBody: maxUpload}

	handler := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if isBrowserUpload(r) {
			if refusal := policies.check(w, r); refusal != nil {
				refusal.write(w)
				return
			}
			forms.ServeHTTP(w, r)
			return
		}
		signed.ServeHTTP(w, r)
	})

	listener, err := net.Listen("tcp", listenAddr)
	if err != nil {
		return err
	}
	server := &http.Server{Handler: cors.wrap(handler), ReadHeaderTimeout: 10 * time.Second}
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, syscall.SIGINT)
	defer stop()
	go func() {
		<-ctx.Done()
		shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = server.Shutdown(shutdown)
	}()
	log.Printf("s3server listening on %s, bucket %s", listener.Addr(), bucket)
	if err := server.Serve(listener); err != http.ErrServerClosed {
		return err
	}
	return nil
}
