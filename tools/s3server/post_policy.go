package main

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"mime"
	"net/http"
	"strings"
	"time"
)

// refusal is an S3 error answer.
type refusal struct {
	status  int
	code    string
	message string
}

func (e *refusal) write(w http.ResponseWriter) {
	body, _ := xml.Marshal(struct {
		XMLName xml.Name `xml:"Error"`
		Code    string   `xml:"Code"`
		Message string   `xml:"Message"`
	}{Code: e.code, Message: e.message})
	w.Header().Set("Content-Type", "application/xml")
	w.WriteHeader(e.status)
	_, _ = w.Write(append([]byte(xml.Header), body...))
}

func denied(format string, args ...any) *refusal {
	return &refusal{http.StatusForbidden, "AccessDenied", "Invalid according to Policy: " + fmt.Sprintf(format, args...)}
}

// isBrowserUpload is a multipart POST to a bucket itself (POST Object), not a multi-object delete.
func isBrowserUpload(r *http.Request) bool {
	if r.Method != http.MethodPost || r.URL.Query().Has("delete") {
		return false
	}
	if strings.Contains(strings.Trim(r.URL.Path, "/"), "/") || strings.Trim(r.URL.Path, "/") == "" {
		return false
	}
	mediaType, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	return mediaType == "multipart/form-data"
}

type postPolicyChecker struct {
	keys    map[string]string
	now     func() time.Time
	maxBody int64
}

// check verifies a POST Object form as S3 does with Signature Version 4: the policy's signature, its
// expiration, every condition, and that every form field is named by a condition.
// https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-HTTPPOSTConstructPolicy.html
func (c *postPolicyChecker) check(w http.ResponseWriter, r *http.Request) *refusal {
	r.Body = http.MaxBytesReader(w, r.Body, c.maxBody)
	if err := r.ParseMultipartForm(1 << 20); err != nil {
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			return &refusal{http.StatusBadRequest, "EntityTooLarge", "Your proposed upload exceeds the maximum allowed size"}
		}
		return &refusal{http.StatusBadRequest, "MalformedPOSTRequest", "The body of your POST request is not well-formed multipart/form-data."}
	}
	fields := map[string]string{}
	for name, values := range r.MultipartForm.Value {
		lower := strings.ToLower(name)
		if _, seen := fields[lower]; seen || len(values) != 1 {
			return &refusal{http.StatusBadRequest, "InvalidArgument", "Form field " + name + " is given more than once"}
		}
		fields[lower] = values[0]
	}
	files := r.MultipartForm.File["file"]
	if len(files) != 1 {
		return &refusal{http.StatusBadRequest, "InvalidArgument", "POST requires exactly one file upload per request."}
	}

	if refused := c.verifySignature(fields); refused != nil {
		return refused
	}
	policy, refused := c.decodePolicy(fields["policy"])
	if refused != nil {
		return refused
	}
	fields["bucket"] = strings.Trim(r.URL.Path, "/")
	return checkConditions(policy.Conditions, fields, files[0].Size)
}

func (c *postPolicyChecker) verifySignature(fields map[string]string) *refusal {
	if fields["policy"] == "" || fields["x-amz-signature"] == "" {
		return &refusal{http.StatusForbidden, "AccessDenied", "A signed policy is required for POST uploads (anonymous uploads are not allowed)"}
	}
	if fields["x-amz-algorithm"] != "AWS4-HMAC-SHA256" {
		return &refusal{http.StatusBadRequest, "InvalidArgument", "Only AWS4-HMAC-SHA256 is supported as x-amz-algorithm"}
	}
	scope := strings.Split(fields["x-amz-credential"], "/")
	if len(scope) != 5 || scope[3] != "s3" || scope[4] != "aws4_request" || !strings.HasPrefix(fields["x-amz-date"], scope[1]) {
		return &refusal{http.StatusBadRequest, "AuthorizationQueryParametersError", "x-amz-credential is malformed or does not match x-amz-date"}
	}
	secret, known := c.keys[scope[0]]
	if !known {
		return &refusal{http.StatusForbidden, "InvalidAccessKeyId", "The AWS Access Key Id you provided does not exist in our records."}
	}
	key := hmacSHA256([]byte("AWS4"+secret), scope[1])
	for _, part := range scope[2:] {
		key = hmacSHA256(key, part)
	}
	expected := hex.EncodeToString(hmacSHA256(key, fields["policy"]))
	if !hmac.Equal([]byte(expected), []byte(strings.ToLower(fields["x-amz-signature"]))) {
		return &refusal{http.StatusForbidden, "SignatureDoesNotMatch", "The request signature we calculated does not match the signature you provided."}
	}
	return nil
}

type postPolicy struct {
	Expiration string            `json:"expiration"`
	Conditions []json.RawMessage `json:"conditions"`
}

func (c *postPolicyChecker) decodePolicy(encoded string) (*postPolicy, *refusal) {
	raw, err := base64.StdEncoding.DecodeString(encoded)
	var policy postPolicy
	if err == nil {
		err = json.Unmarshal(raw, &policy)
	}
	if err != nil {
		return nil, &refusal{http.StatusBadRequest, "InvalidPolicyDocument", "Invalid Policy: Invalid JSON."}
	}
	expiration, err := time.Parse(time.RFC3339, policy.Expiration)
	if err != nil {
		return nil, &refusal{http.StatusBadRequest, "InvalidPolicyDocument", "Invalid Policy: Invalid 'expiration' value."}
	}
	if !c.now().Before(expiration) {
		return nil, denied("Policy expired.")
	}
	return &policy, nil
}

// checkConditions holds the form to every condition, and refuses a field that no condition names:
// otherwise a form could add fields (metadata, ACLs, another content type) that were never signed.
func checkConditions(conditions []json.RawMessage, fields map[string]string, fileSize int64) *refusal {
	named := map[string]bool{"policy": true, "x-amz-signature": true, "bucket": false}
	for _, raw := range conditions {
		var exact map[string]string
		if json.Unmarshal(raw, &exact) == nil {
			if len(exact) != 1 {
				return &refusal{http.StatusBadRequest, "InvalidPolicyDocument", "Invalid Policy: Invalid Simple-Condition: Simple-Conditions must have exactly one property specified."}
			}
			for name, want := range exact {
				if refused := holds("eq", strings.ToLower(name), want, fields); refused != nil {
					return refused
				}
				named[strings.ToLower(name)] = true
			}
			continue
		}
		var list []json.RawMessage
		if json.Unmarshal(raw, &list) != nil || len(list) != 3 {
			return &refusal{http.StatusBadRequest, "InvalidPolicyDocument", "Invalid Policy: Invalid condition " + string(raw)}
		}
		var op string
		_ = json.Unmarshal(list[0], &op)
		op = strings.ToLower(op)
		if op == "content-length-range" {
			var low, high int64
			if json.Unmarshal(list[1], &low) != nil || json.Unmarshal(list[2], &high) != nil {
				return &refusal{http.StatusBadRequest, "InvalidPolicyDocument", "Invalid Policy: Invalid content-length-range"}
			}
			if fileSize < low {
				return &refusal{http.StatusBadRequest, "EntityTooSmall", "Your proposed upload is smaller than the minimum allowed size"}
			}
			if fileSize > high {
				return &refusal{http.StatusBadRequest, "EntityTooLarge", "Your proposed upload exceeds the maximum allowed size"}
			}
			continue
		}
		var field, want string
		if (op != "eq" && op != "starts-with") || json.Unmarshal(list[1], &field) != nil || json.Unmarshal(list[2], &want) != nil ||
			!strings.HasPrefix(field, "$") {
			return &refusal{http.StatusBadRequest, "InvalidPolicyDocument", "Invalid Policy: Invalid condition " + string(raw)}
		}
		name := strings.ToLower(strings.TrimPrefix(field, "$"))
		if refused := holds(op, name, want, fields); refused != nil {
			return refused
		}
		named[name] = true
	}
	for name := range fields {
		if !named[name] && name != "bucket" && !strings.HasPrefix(name, "x-ignore-") {
			return denied("Extra input fields: %s", name)
		}
	}
	return nil
}

func holds(op, name, want string, fields map[string]string) *refusal {
	got, present := fields[name]
	if !present && name != "bucket" {
		return denied("Policy Condition failed: [\"%s\", \"$%s\", \"%s\"]", op, name, want)
	}
	if (op == "eq" && got != want) || (op == "starts-with" && !strings.HasPrefix(got, want)) {
		return denied("Policy Condition failed: [\"%s\", \"$%s\", \"%s\"]", op, name, want)
	}
	return nil
}

func hmacSHA256(key []byte, data string) []byte {
	mac := hmac.New(sha256.New, key)
	mac.Write([]byte(data))
	return mac.Sum(nil)
}
