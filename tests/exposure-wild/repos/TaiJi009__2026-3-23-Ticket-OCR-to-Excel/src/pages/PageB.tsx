export default function PageB() {
  return (
    <main className="mx-auto max-w-7xl px-3 py-6 sm:px-4 sm:py-8">
      <div className="card">
        <p className="text-sm text-gray-600 dark:text-gray-400">
          这是导航中的第二页，可在此扩展新功能。
        </p>
      </div>
    </main>
  );
}
