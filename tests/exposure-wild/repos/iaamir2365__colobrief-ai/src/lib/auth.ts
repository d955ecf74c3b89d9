import jwt from "jsonwebtoken";
import bcrypt from "bcryptjs";
import { randomBytes } from "crypto";

const JWT_SECRET = process.env.JWT_SECRET || "colobrief-jwt-secret-key-2024";

export interface JWTPayload {
  userId: string;
  email: string;
  name: string;
}

export function signToken(payload: JWTPayload): string {
  return jwt.sign(payload, JWT_SECRET, { expiresIn: "30d" });
}

export function verifyToken(token: string): JWTPayload | null {
  try {
    return jwt.verify(token, JWT_SECRET) as JWTPayload;
  } catch {
    return null;
  }
}

export async function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, 12);
}

export async function comparePassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

/**
 * Extract JWT from request headers or cookies.
 * Returns the parsed payload or null.
 */
export function getTokenFromRequest(request: Request): JWTPayload | null {
  // Try Authorization header first
  const authHeader = request.headers.get("authorization");
  if (authHeader?.startsWith("Bearer ")) {
    const token = authHeader.slice(7);
    return verifyToken(token);
  }

  // Fallback: try cookie
  const cookieHeader = request.headers.get("cookie");
  if (cookieHeader) {
    const cookies = cookieHeader.split(";").reduce(
      (acc, c) => {
        const [key, ...val] = c.trim().split("=");
        acc[key] = val.join("=");
        return acc;
      },
      {} as Record<string, string>
    );
    if (cookies["colobrief-token"]) {
      return verifyToken(cookies["colobrief-token"]);
    }
  }

  return null;
}

export function generateVerificationCode(): { code: string; token: string } {
  const code = randomBytes(3).toString("hex").toUpperCase();
  const token = `${code}-${Date.now()}`;
  return { code, token };
}