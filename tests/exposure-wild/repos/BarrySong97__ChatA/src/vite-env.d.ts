/// <reference types="vite/client" />

interface Window {
  // expose in the `electron/preload/index.ts`
  ipcRenderer: import("electron").IpcRenderer;
  platform: {
    getOS: () => string;
    isProduction: () => boolean;
  };
  prisma: import("@prisma/client").PrismaClient<
    import("@prisma/client").Prisma.PrismaOptions,
    never
  >;
}
