// Mints an RS256 bearer token for checks against a running service, with a key the service has
// been told to trust, for the audience "chitieu" (run the service with mp.jwt.verify.audiences=chitieu).
// Usage: node docs/mint-token.mjs <private-key.pem> <issuer> <role>
import { createSign } from "node:crypto";
import { readFileSync } from "node:fs";

const [keyFile, issuer, role] = process.argv.slice(2);
const b64 = (value) => Buffer.from(JSON.stringify(value)).toString("base64url");
const now = Math.floor(Date.now() / 1000);
const unsigned = `${b64({ alg: "RS256", typ: "JWT" })}.${b64({
  iss: issuer, aud: "chitieu", sub: `check-${role}`, preferred_username: `check-${role}`, groups: [role],
  iat: now, exp: now + 900,
})}`;
const signature = createSign("RSA-SHA256").update(unsigned).sign(readFileSync(keyFile), "base64url");
console.log(`${unsigned}.${signature}`);
