//! Module resolution as the bundlers do it, by oxc's resolver, over any [`Tree`]:
//! relative paths with extensions and index files, `tsconfig.json` `paths` and
//! `baseUrl`, aliases from the bundler's configuration and the framework's defaults,
//! `package.json` `exports` and `browser` fields, workspace packages by name.

use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use oxc_resolver::{
    AliasValue, FileMetadata, FileSystem, ResolveError, ResolveOptions, ResolverGeneric,
    TsconfigDiscovery,
};

use crate::tree::{Tree, READ_LIMIT};

/// No files at all: what the resolver's `FileSystem::new` must be able to make.
struct Empty;

impl Tree for Empty {
    fn list(&self, _: &str) -> Option<Vec<(String, bool)>> {
        None
    }
    fn read(&self, _: &str, _: usize) -> Option<Vec<u8>> {
        None
    }
    fn kind(&self, _: &str) -> Option<bool> {
        None
    }
}

/// A [`Tree`] as the resolver's file system.
pub struct TreeFs(pub Arc<dyn Tree>);

fn name(path: &Path) -> io::Result<String> {
    path.to_str()
        .map(|p| p.replace('\\', "/"))
        .ok_or_else(|| io::Error::from(io::ErrorKind::InvalidInput))
}

fn not_found() -> io::Error {
    io::Error::from(io::ErrorKind::NotFound)
}

impl FileSystem for TreeFs {
    fn new() -> Self {
        TreeFs(Arc::new(Empty))
    }

    fn read(&self, path: &Path) -> io::Result<Vec<u8>> {
        self.0.read(&name(path)?, READ_LIMIT).ok_or_else(not_found)
    }

    fn read_to_string(&self, path: &Path) -> io::Result<String> {
        let bytes = FileSystem::read(self, path)?;
        String::from_utf8(bytes).map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))
    }

    fn metadata(&self, path: &Path) -> io::Result<FileMetadata> {
        match self.0.kind(&name(path)?) {
            Some(dir) => Ok(FileMetadata::new(!dir, dir, false)),
            None => Err(not_found()),
        }
    }

    fn symlink_metadata(&self, path: &Path) -> io::Result<FileMetadata> {
        self.metadata(path)
    }

    fn read_link(&self, _path: &Path) -> Result<PathBuf, ResolveError> {
        Err(ResolveError::from(not_found()))
    }

    fn canonicalize(&self, path: &Path) -> io::Result<PathBuf> {
        Ok(path.to_path_buf())
    }
}

/// Extensions tried for a specifier without one, in the order bundlers try them.
pub const EXTENSIONS: &[&str] = &[
    ".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs", ".vue", ".svelte", ".astro",
    ".json",
];

/// The resolvers of one project: with its `tsconfig.json` files, and without them for
/// when a broken one (a missing reference, bad JSON) would fail every resolution.
pub struct Resolvers {
    with_tsconfig: ResolverGeneric<TreeFs>,
    plain: ResolverGeneric<TreeFs>,
}

/// The resolvers for one project: `aliases` are `(prefix, target directory)` pairs.
pub fn resolver(tree: Arc<dyn Tree>, aliases: &[(String, String)]) -> Resolvers {
    Resolvers {
        with_tsconfig: one(tree.clone(), aliases, true),
        plain: one(tree, aliases, false),
    }
}

fn one(
    tree: Arc<dyn Tree>,
    aliases: &[(String, String)],
    tsconfig: bool,
) -> ResolverGeneric<TreeFs> {
    let options = ResolveOptions {
        extensions: EXTENSIONS.iter().map(|e| e.to_string()).collect(),
        alias: aliases
            .iter()
            .map(|(from, to)| (from.clone(), vec![AliasValue::Path(to.clone())]))
            .collect(),
        condition_names: ["browser", "import", "module", "default", "require", "node"]
            .iter()
            .map(|c| c.to_string())
            .collect(),
        main_fields: ["browser", "module", "main"]
            .iter()
            .map(|c| c.to_string())
            .collect(),
        tsconfig: tsconfig.then_some(TsconfigDiscovery::Auto),
        builtin_modules: true,
        symlinks: false,
        ..ResolveOptions::default()
    };
    ResolverGeneric::new_with_file_system(TreeFs(tree), options)
}

/// Where `spec`, imported by the file `from`, resolves to, if to a file of the tree
/// (the nearest `tsconfig.json` of `from` applies).
pub fn resolve(resolvers: &Resolvers, from: &str, spec: &str) -> Option<String> {
    let r = match resolvers.with_tsconfig.resolve_file(Path::new(from), spec) {
        Ok(r) => r,
        Err(ResolveError::NotFound(_)) => return None,
        Err(_) => resolvers.plain.resolve_file(Path::new(from), spec).ok()?,
    };
    let p = r.path().to_str()?.replace('\\', "/");
    (!p.contains("/node_modules/")).then_some(p)
}
