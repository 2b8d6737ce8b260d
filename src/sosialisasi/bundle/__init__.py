"""The site as one zip that works unzipped and opened from ``file://``, without internet.

For a trainer's laptop in a room without a network: the strict build runs with
Material's offline plugin (``SOSIALISASI_OFFLINE=true``), which the site's
``sosialisasi/offline`` plugin completes (vendored search shim, search per
language); the result is checked, given a bilingual start page and zipped.
Engine-free: MkDocs runs in a subprocess, as a user would run it.
"""

from sosialisasi.bundle.build import BundleError, BundleResult, build_bundle, bundle_name

__all__ = ["BundleError", "BundleResult", "build_bundle", "bundle_name"]
