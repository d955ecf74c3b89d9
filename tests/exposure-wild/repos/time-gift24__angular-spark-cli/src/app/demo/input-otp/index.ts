export * from './input-otp-demo.component';
