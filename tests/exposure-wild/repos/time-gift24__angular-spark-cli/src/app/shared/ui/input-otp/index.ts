export * from './input-otp.component';
