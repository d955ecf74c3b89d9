//! Which vector instructions the matching loops use: told once per process from what
//! the CPU has. The kernel (`kernel`) and the decoders' marks (`hints`) both run on
//! it; neither needs the other to know it.

/// The ways the vector loops can run, fastest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    /// 64 bytes at a time with AVX-512BW.
    Avx512,
    /// 32 bytes at a time with AVX2.
    Avx2,
    /// Any CPU: [`scan_portable`].
    Portable,
}

impl Engine {
    pub const ALL: [Engine; 3] = [Engine::Avx512, Engine::Avx2, Engine::Portable];

    /// Whether this CPU can run the engine.
    pub fn available(self) -> bool {
        match self {
            #[cfg(target_arch = "x86_64")]
            Engine::Avx512 => std::is_x86_feature_detected!("avx512bw"),
            #[cfg(target_arch = "x86_64")]
            Engine::Avx2 => std::is_x86_feature_detected!("avx2"),
            #[cfg(not(target_arch = "x86_64"))]
            Engine::Avx512 | Engine::Avx2 => false,
            Engine::Portable => true,
        }
    }

    /// The fastest engine this CPU can run.
    pub fn best() -> Engine {
        static BEST: std::sync::OnceLock<Engine> = std::sync::OnceLock::new();
        *BEST.get_or_init(|| {
            Engine::ALL
                .into_iter()
                .find(|e| e.available())
                .unwrap_or(Engine::Portable)
        })
    }
}
