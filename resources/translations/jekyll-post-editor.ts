<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Jekyll Post Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Jekyll Post Editor {0}&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the roundup posts of a Jekyll meetup site: a form, the Markdown source and a live preview of one text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Libraries and their versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <source>The recovery copy could not be written: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BuiltPageView</name>
    <message>
        <source>Not built yet: Build runs the site&apos;s Jekyll and shows the post&apos;s page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build the site with its own Jekyll and show this post&apos;s page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the site with Jekyll…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chip</name>
    <message>
        <source>Remove the tag “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CropDialog</name>
    <message>
        <source>Sites usually show speakers in a circle or a square. Drag to choose what it keeps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Square crop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original framing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Add time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the current time in the site&apos;s time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the date: Jekyll then takes the date from the file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set: the file name&apos;s date is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a date, Jekyll takes the post&apos;s date from its file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the file name&apos;s date (or today&apos;s) as the post&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiskSync</name>
    <message>
        <source>{0} conflict(s) marked between “&lt;&lt;&lt;&lt;&lt;&lt;&lt; yours” and “&gt;&gt;&gt;&gt;&gt;&gt;&gt; on disk”: resolve them, then save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged the changes made on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloaded {0}: it changed on disk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorStatusBar</name>
    <message>
        <source>Ln {0}, Col {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message>
        <source>Next meetup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading of the announcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Tuesday 8 January</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSVP link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The YouTube id of the recording embedded in the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The links in the &apos;thanks to our sponsors&apos; sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sponsors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the post</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Choose the site&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to the Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post (_posts/)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft (_drafts/)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit the exported files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push the branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the different post already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File in the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to the post already at the target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the site to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export there: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes to: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} picture(s), {1} in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pictures to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is already there as it is: there is nothing to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export as it is: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push the branch to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push the branch (the repository has no remote)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Commit {0} on {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {0} step failed: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To try again: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: fix the cause and press Export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportWiring</name>
    <message>
        <source>E&amp;xport to Site…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened {0} as {1}; saving writes it as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the front matter is broken (see the marked line in the source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}.

Your text is still here in the editor, unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored unsaved changes to {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Open Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Post As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to “{0}” before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file changed on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” was changed by another program since you opened or saved it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving now replaces those changes with your text. Merge brings both together first, so that nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” was deleted or moved since you opened it.

Create it again at {1}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is not UTF-8, which Jekyll expects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It reads as {0}. Open it as that, and save it as UTF-8? {1} character{2} will be written differently (see the details); nothing changes on disk until you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open as {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The front matter is broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jekyll cannot read the front matter of “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}.

The line is marked in the source. Save anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FocalView</name>
    <message>
        <source>Drag to choose what the square keeps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormPane</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post&apos;s title, shown as its heading and in the browser tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One or two sentences for search results and link previews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search engines and link previews show about 160 characters of it; longer text is cut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page template from the site&apos;s _layouts folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publication date and time; Jekyll uses it before the file name&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue, city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the meetup took place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture for link previews: a path in the site or a URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a tag and press Enter or comma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old addresses that should redirect to this post (jekyll-redirect-from).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other front matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys without their own editor, shown and edited as YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The front matter cannot be read&lt;/b&gt;{0}: {1}&lt;br&gt;Fix it in the source; the form follows again once it reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{0}&apos; as YAML</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoToLineBar</name>
    <message>
        <source>line or line:column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}  (line or line:column)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageField</name>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick an image file from the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a photo into the site (upright, resized, without location data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListInput</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}[*]{1} — Jekyll Post Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Jekyll Post Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelEditor</name>
    <message>
        <source>{label}:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoPlacer</name>
    <message>
        <source>A talk takes one photo: drop a single picture on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {0} takes one picture: drop a single one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing there is a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the post first: its photos are stored beside it or in its site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos not placed: another post is open now (the files are in the site)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo not placed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoSlot</name>
    <message>
        <source>Choose photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a photo into the site (upright, resized, without location data)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostAddress</name>
    <message>
        <source>Where Jekyll will publish the post, from _config.yml&apos;s permalink and timezone and the post&apos;s front matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No address yet: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load remote images in the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap long lines in the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer speaker photos as a square crop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light or dark colours, or those of the system (followed as it changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview &amp;font size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size of the preview&apos;s text, in pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: pictures on other web sites show as labelled boxes, and the preview never reaches the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long lines wrap at the source pane&apos;s width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files and photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery copy &amp;after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds after typing stops before a recovery copy of unsaved text is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo &amp;size limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos are scaled down to at most this many pixels on their long side (a site&apos;s .post-editor.yml wins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A photo given to a talk is first offered as a square crop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo f&amp;older:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where a post outside any site keeps its photos, beside it: {slug}, {date}, {year}, {month}, {day} stand for the post&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewTabs</name>
    <message>
        <source>Live preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quiet checks: talks without slides, photo or recording, a missing description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish the Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish “{name}” in _posts/ on this date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file and its images move as one step; Unpublish moves them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Recover unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Unsaved changes to {0}&lt;/b&gt; were kept from {1}, when the editor last ran.&lt;br&gt;{2}&lt;br&gt;{3}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteCommands</name>
    <message>
        <source>Open &amp;Site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Post in Site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Roundup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unpublish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft of the next meetup&apos;s post, started from the site&apos;s latest roundup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the draft to _posts/ on a date you choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the post back to _drafts/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is inside the site at {root}: open that folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Jekyll site is the folder that holds its _config.yml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a Jekyll site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{folder}” has no _config.yml, so it is not a Jekyll site.

{hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site has no posts yet: File ▸ New Post in Site starts one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started a new draft: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started the next roundup: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new post was not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft was not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published as {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post was not unpublished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved back to the drafts: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteDialogs</name>
    <message>
        <source>Open Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Post in Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post&apos;s title (it names the draft&apos;s file):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteLinks</name>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ite Panel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteListModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SitePanel</name>
    <message>
        <source>Filter: words, tag:NAME, draft:yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the posts with this tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} in other collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the site… {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} shown of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No site open: File ▸ Open Site… lists a site&apos;s posts here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site could not be listed: {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceView</name>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find and replace in the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to Line…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to a line (or line:column) of the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft &amp;Wrap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap long lines at the pane&apos;s width</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SponsorList</name>
    <message>
        <source>Add sponsor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a sponsor link to the thanks sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this sponsor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove sponsor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post has no sponsors sentence to add to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagSpellingNote</name>
    <message>
        <source>“{tag}” is written “{found}” in the site&apos;s other posts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use “{found}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TakeawayList</name>
    <message>
        <source>Add takeaway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a takeaway at the end of the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A takeaway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this takeaway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TalkEditor</name>
    <message>
        <source>Speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full names, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who gave the talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company or group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the speaker works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The talk&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title as written in the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link to the talk&apos;s recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the talk starts in the recording, as h:mm:ss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takeaways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of takeaways under the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link to the speaker&apos;s slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image path or URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speaker&apos;s photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a talk in the list above, or add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (to fill in)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TalksPanel</name>
    <message>
        <source>Talks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a talk after the last one, written like the post&apos;s other talks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected talk&apos;s entry (Ctrl+Z brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a talk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the entry at the source&apos;s cursor a talk, and every entry written the same way (changes no text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry is not a talk (in this post); the text is not changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TalksSection</name>
    <message>
        <source>Recognising talks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording, sponsors and next meetup, as written around the talks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” now opens talk {1}: the entries&apos; first words moved with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put Them in Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give each place its words again (one undo step)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeachDialog</name>
    <message>
        <source>This is a talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct what the editor guessed, as written in the post. Every other entry written the same way becomes a talk too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>built_page_wiring</name>
    <message>
        <source>Built page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site cannot be built:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Build the Site with Jekyll</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>edit_actions</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>form_fields</name>
    <message>
        <source>link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>photo_drop</name>
    <message>
        <source>Choose a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download this photo into the site (upright, resized, without location data)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>problems_wiring</name>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;roblems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the Problems panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post changed since it was checked; try again in a moment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>talks_wiring</name>
    <message>
        <source>Make this entry a talk, and every entry written the same way (changes no text)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
