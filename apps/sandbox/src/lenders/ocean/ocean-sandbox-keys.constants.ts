// Sandbox-only keys, committed so that a partner connection can be configured before the sandbox starts
// (and every sandbox replica signs alike). Never used outside the sandbox and its tests.

/** OCEAN's own signing key (PKCS#8); its public half is served at GET /lenders/ocean/admin/public-key. */
export const OCEAN_SANDBOX_PRIVATE_KEY_PEM = `-----BEGIN PRIVATE KEY-----
MIIEvAIBADANBgkqhkiG9w0BAQEFAASCBKYwggSiAgEAAoIBAQCI/JIbeQEgivd3
sl4ct073F69Yli2YzXepxSQRQV0t2wRf6hdIZUe68YwAtcnaYAUqTCdCdXXHTA6i
aUtHbSt/fnVYFimR9eHOo5qjyh1fpt2g0O+FXM542FOOWZ4cB+xXLCt3Uj2kaPMl
oWefjh9kuDJ2On/8GBKHBEKXMphCacCMtlixVFkpCxEKK/wIiK0CDCK+UBldYOyI
06XeCC+vMVbEvvbyhI6QktmJ2B4sWNYI5h+t8N3pkR/LInFp3yR1rDipVHeFUcfT
uwXjK4ZBnM3xY6jh2aMLBLz38JG9wMrPwXqokAKSMV9i5aJgWaXO8InLmJf2yWqA
b5NXfCo9AgMBAAECggEAHIK0xhMBMQy7RKZTABcG0FaVoBJhmxPoe+UUBKNeCVU0
K+JExkSOEVKEmQE86b5iVNNUuHhJ8xjZUuQnTs5h5z8inRq/vCk4vhE+9ifyxR2t
svLJZzBRqMUdXts4FQ1xGxOOWF89hSJyuLpHHuYtkoDjv8edK5K3CHLSiTV2ixu5
jAD4zQSws6GEi/Uy6FWYm6/rv1CYHps3JkL3hnTzkrpwByYXXTcEmPIp0Je0eCg8
ddURLDdiWJXhdFpDYCgGOgAVLxHYVNhc1WdD2aOxs4HwLBzY9t4h6ejgrElIAmYk
og8VujPGomBx0Q1s5i71amags5Y3WFq1Hifx7NRWAQKBgQC7iFJd/RxaYOer7c52
T5BhEClbilQuC9xqjH1b56K+eEqD1rwekSHj8Vvq5NmnuU6JshqxJ5yZZNntUFVU
y/R/yzgIV4MR8gxKOUlgEA8Kaq1l6aKh60I4XbFqYBNl1PROXx+imMzCRSjmWXG/
nvR+W/4p0KAAqhLeUXpCOt/u7QKBgQC6//0wWBNm+j7eU5YmIBx23Nr7Kws+qjER
f4aHC6IQOcqx3iGAyGqXGoIalfNoMCL8WN43/1Y/HRw1I/Jabo57ybdR0XX3/imu
l9CEUzHkW0vT30U2CiCi1ML7tigqCd2e+EuDgT7OX9GXMDRphPa6kTNUhxQDSCuP
K49domxukQKBgHVunR2MFUgnLIvGI6aElkWhyDQxgBtBhCoYhZuahpe9XfQG8NA3
U8CYcFW8LuvPp3WkWQCcbHzF4Y2w425xNU8dI55dpo8DQlzsWJ1WEQUV3jVWQ2gf
mN0RFrslJKB85Ot6t6WrB3WTt1PfqNI0qKfD1Xm70aX42k3rOaLlmTrVAoGAKicM
NrqT3RGp3EnxPbTdVbnhLt78EOsiVnRtqcFojcnJNCEDYllLFbam/0Ev9htrt4B8
zxiio2V3d08cEWB8g9Drnujdc8J6ON4F5d4vD++4fxEEM/NCehIFxeHA2gERUQVd
WE5pDvIwd6kpF2Qejd2vOW2diEPbddF25r93O9ECgYBm1yYPvU7Ep3n0ULaCdIbR
jTFzhV5uRdjah2SgZFdSrHsjnJyB+8NccrcV1IHOke8sGYRC6cp+aRoPykXa9dv+
d4gD2+BZ3i/Tor/ahFIV97MHsBA1z3E4spX2kmwzDVD025IypyIgbWnR/6pg3mFV
8ISnTIAKl0M7Ss3q/AaIpA==
-----END PRIVATE KEY-----
`;

/** The public key of the "LOS sandbox client", accepted until PUT /lenders/ocean/admin/client-key replaces it. */
export const LOS_SANDBOX_CLIENT_PUBLIC_KEY_PEM = `-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA5KG+wHUwqljFjbWxN4gm
a9urpXS+93n4A7tItq+WU63H4G/2WcZE/I0hf2eQ6E9+sq6kdiCG4yLkoFks9x+f
AD7wPU1uubAYHCnqeoz+3007/kIyL/Xf3XfcSlQbz193KIPC4zyNqQQzAuRx010u
B4xRk6/ONOZ1eb+yQig2douk18ZITD+M807sZcBDYAes0ZTBf5KSq/va1alMtME+
YlJaCLyFB6AcKWRKMxd3bihtVgAuJx6osHrBM6afXfHHPQzbbEEOLVAf79pKWv/M
MUkDtu9n/d1vO+Gh41wZ6lqY3o+iR42RV8+PnvPKk+ngVs+LaT227X8jfOTWB6Lc
tQIDAQAB
-----END PUBLIC KEY-----
`;
