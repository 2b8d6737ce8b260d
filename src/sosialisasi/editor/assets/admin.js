/* The /admin/ editor of a sosialisasi site: Indonesian labels for the CMS, the site's
 * own CSS in the preview, and a preview of the region data that shows every empty
 * field as "belum diisi", as the site does. Loaded after decap-cms.js, before the
 * CMS reads config.yml. No inline script: the page runs under its own CSP. */
(function () {
  "use strict";
  var CMS = window.CMS;
  var h = window.h;
  var createClass = window.createClass;
  var script = document.currentScript;

  // Indonesian for what an editor sees most; everything else falls back to English.
  CMS.registerLocale("id", {
    auth: {
      login: "Masuk",
      loggingIn: "Sedang masuk...",
      loginWithGitHub: "Masuk dengan GitHub",
      loginWithGitLab: "Masuk dengan GitLab",
    },
    app: {
      header: { content: "Isi", workflow: "Alur kerja", media: "Berkas", quickAdd: "Tambah cepat" },
      app: {
        errorHeader: "Konfigurasi editor tidak dapat dimuat",
        configErrors: "Kesalahan konfigurasi",
        checkConfigYml: "Periksa admin/config.yml (dibuat oleh build).",
        loadingConfig: "Memuat konfigurasi...",
        waitingBackend: "Menunggu penyimpanan...",
      },
      notFoundPage: { header: "Tidak ditemukan" },
    },
    collection: {
      sidebar: {
        collections: "Bagian",
        allCollections: "Semua bagian",
        searchAll: "Cari di semua",
        searchIn: "Cari di",
      },
      collectionTop: {
        sortBy: "Urutkan",
        viewAs: "Tampilan",
        viewAsList: "Tampilan daftar",
        viewAsGrid: "Tampilan kisi",
        newButton: "＋ %{collectionLabel}",
        newButtonAriaLabel: "Buat %{collectionLabel} baru",
        ascending: "Naik",
        descending: "Turun",
      },
      entries: {
        loadingEntries: "Memuat...",
        cachingEntries: "Memuat...",
        longerLoading: "Ini bisa memakan waktu beberapa menit",
        noEntries: "Belum ada isi",
      },
    },
    editor: {
      editorControl: { field: { optional: "tidak wajib", widgetLabel: "kolom %{widgetLabel}" } },
      editorControlPane: {
        widget: {
          required: "%{fieldLabel} wajib diisi.",
          regexPattern: "%{fieldLabel} belum benar: %{pattern}",
          processing: "%{fieldLabel} sedang diproses.",
          invalidPath: "'%{path}' bukan jalur yang sah",
          pathExists: "Jalur '%{path}' sudah ada",
        },
        i18n: {
          writingInLocale: "Menulis dalam %{locale}",
          copyFromLocale: "Salin dari bahasa lain",
          copyFromLocaleConfirm:
            "Salin isi dari bahasa %{locale}?\nIsi yang sudah ada akan ditimpa.",
        },
      },
      editor: {
        onLeavePage: "Yakin ingin meninggalkan halaman ini? Perubahan belum disimpan.",
        onPublishing: "Yakin ingin menerbitkan?",
        loadingEntry: "Memuat...",
        confirmLoadBackup: "Ada cadangan lokal untuk isian ini. Pakai cadangan itu?",
      },
      editorInterface: {
        toggleI18n: "Tampilkan/sembunyikan bahasa kedua",
        togglePreview: "Tampilkan/sembunyikan pratinjau",
        toggleScrollSync: "Gulir bersamaan",
      },
      editorToolbar: {
        publishing: "Menerbitkan...",
        publish: "Terbitkan",
        published: "Terbit",
        publishAndCreateNew: "Terbitkan dan buat baru",
        publishAndDuplicate: "Terbitkan dan gandakan",
        duplicate: "Gandakan",
        deleteEntry: "Hapus",
        deletePublishedEntry: "Hapus",
        saving: "Menyimpan...",
        save: "Simpan",
        deleting: "Menghapus...",
        backCollection: " Menulis di %{collectionLabel}",
        unsavedChanges: "Belum disimpan",
        changesSaved: "Tersimpan",
        publishNow: "Terbitkan sekarang",
        deployButtonLabel: "Lihat situs",
      },
      editorWidgets: {
        markdown: { richText: "Teks", markdown: "Markdown" },
        file: {
          choose: "Pilih berkas",
          chooseUrl: "Sisipkan dari alamat",
          replaceUrl: "Ganti dengan alamat",
          promptUrl: "Alamat berkas",
          chooseDifferent: "Pilih berkas lain",
          remove: "Hapus berkas",
        },
        datetime: { now: "Hari ini", clear: "Kosongkan", setToNow: "Isi %{fieldLabel} dengan hari ini" },
        list: { add: "Tambah %{item}", addType: "Tambah %{item}" },
        object: { expand: "Buka", collapse: "Tutup" },
      },
    },
    mediaLibrary: {
      mediaLibraryModal: {
        loading: "Memuat...",
        close: "Tutup",
        noResults: "Tidak ada hasil.",
        noAssetsFound: "Belum ada berkas.",
        mediaAssets: "Berkas",
        search: "Cari...",
        uploading: "Mengunggah...",
        upload: "Unggah",
        chooseSelected: "Pilih",
      },
    },
    ui: {
      default: { goBackToSite: "Kembali ke situs" },
      settingsDropdown: { logOut: "Keluar", account: "Menu akun" },
      toast: {
        onFailToPersist: "Gagal menyimpan: %{details}",
        missingRequiredField: "Ada kolom wajib yang belum benar. Perbaiki yang ditandai merah, lalu simpan.",
        entrySaved: "Tersimpan",
        entryPublished: "Diterbitkan",
        onLoggedOut: "Anda telah keluar. Salin isian Anda, lalu masuk lagi.",
      },
    },
  });

  // The preview looks like the site: its own stylesheets, listed by the build.
  var styles = (script && script.getAttribute("data-preview-css")) || "";
  styles.split(/\s+/).forEach(function (href) {
    if (href) CMS.registerPreviewStyle(href);
  });
  CMS.registerPreviewStyle("admin.css");

  var EMPTY = "belum diisi";

  function value(text) {
    if (text === undefined || text === null || text === "") {
      return h("span", { className: "sosialisasi-unfilled" }, EMPTY);
    }
    return String(text);
  }

  function row(label, text) {
    return h("tr", {}, h("th", { scope: "row" }, label), h("td", {}, value(text)));
  }

  function local(map, locale) {
    return map && typeof map === "object" ? map[locale] : "";
  }

  function official(label, person) {
    person = person || {};
    return h(
      "section",
      {},
      h("h2", {}, label),
      h(
        "table",
        {},
        h(
          "tbody",
          {},
          row("Nama", person.name),
          row("Jabatan", person.title),
          row("Menjabat per", person.as_of),
          row("Sumber", person.source)
        )
      )
    );
  }

  // What region.yml shows on the site, with every empty field marked as the site marks it.
  var RegionPreview = createClass({
    render: function () {
      var data = this.props.entry.get("data");
      var region = data && data.toJS ? data.toJS() : {};
      var circulars = region.circulars || [];
      var contacts = region.contacts || [];
      return h(
        "article",
        { className: "md-typeset sosialisasi-editor-preview" },
        h("h1", {}, value(region.name)),
        h(
          "table",
          {},
          h(
            "tbody",
            {},
            row("Nama singkat", region.short_name),
            row("Tingkat", region.level),
            row("Judul situs (id)", local(region.site_name, "id")),
            row("Judul situs (en)", local(region.site_name, "en"))
          )
        ),
        official("Kepala daerah", region.head),
        official("Sekretaris daerah", region.secretary),
        h("h2", {}, "Surat edaran"),
        circulars.length
          ? circulars.map(function (se, index) {
              return h(
                "table",
                { key: "se" + index },
                h(
                  "tbody",
                  {},
                  row("Judul", se.title),
                  row("Nomor", se.number),
                  row("Tanggal", se.date),
                  row("Ringkasan", local(se.summary, "id")),
                  row("Tautan", se.link)
                )
              );
            })
          : h("p", {}, value("")),
        h("h2", {}, "Kontak pelaporan"),
        contacts.length
          ? h(
              "ul",
              {},
              contacts.map(function (contact, index) {
                return h("li", { key: "c" + index }, value(contact.name), " — ", value(contact.phone));
              })
            )
          : h("p", {}, value(""))
      );
    },
  });
  CMS.registerPreviewTemplate("region", RegionPreview);

  // Names for the CMS's own icon-only controls, which screen readers would announce as
  // "button" with nothing else (axe: button-name, aria-command-name, frame-title).
  function nameControls() {
    document.querySelectorAll("iframe:not([title])").forEach(function (frame) {
      frame.setAttribute("title", "Pratinjau");
    });
    document
      .querySelectorAll('[aria-describedby^="DndDescribedBy"]:not([aria-label])')
      .forEach(function (handle) {
        handle.setAttribute("aria-label", "Seret untuk mengubah urutan");
      });
    document.querySelectorAll('.cms-editor-raw [role="textbox"]:not([aria-label])').forEach(
      function (box) {
        box.setAttribute("aria-label", "Isi halaman (Markdown)");
      }
    );
    // A list item's top bar: the open/close toggle first, the remove button last.
    document.querySelectorAll('[class*="TopBarButton"]:not([aria-label])').forEach(function (b) {
      if (b.textContent.trim()) return;
      var first = b.parentNode && b.parentNode.firstElementChild === b;
      b.setAttribute("aria-label", first ? "Buka atau tutup" : "Hapus");
    });
  }
  var pending = false;
  new MutationObserver(function () {
    if (pending) return;
    pending = true;
    window.requestAnimationFrame(function () {
      pending = false;
      nameControls();
    });
  }).observe(document.documentElement, { childList: true, subtree: true });
})();
