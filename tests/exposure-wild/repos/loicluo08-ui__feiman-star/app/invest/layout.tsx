export default function InvestLayout({ children }: { children: React.ReactNode }) {
  return <>{children}</>;
}
