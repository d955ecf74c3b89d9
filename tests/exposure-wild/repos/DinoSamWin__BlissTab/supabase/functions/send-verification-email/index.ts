import { Resend } from "npm:resend";
import admin from "npm:firebase-admin";
          projectId: Deno.env.get("FIREBASE_PROJECT_ID"),
          clientEmail: Deno.env.get("FIREBASE_CLIENT_EMAIL"),
          privateKey: Deno.env.get("FIREBASE_PRIVATE_KEY")?.replace(/\\n/g, '\n'),
    const resend = new Resend(Deno.env.get("RESEND_API_KEY"));
    const continueUrl = redirectUrl || Deno.env.get("APP_URL") || "https://startlytab.com/auth/action";
