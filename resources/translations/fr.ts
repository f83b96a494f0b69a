<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Jekyll Post Editor</source>
        <translation>À propos de Jekyll Post Editor</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Jekyll Post Editor {0}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Jekyll Post Editor {0}&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Write the roundup posts of a Jekyll meetup site: a form, the Markdown source and a live preview of one text.</source>
        <translation>Rédigez les comptes rendus d&apos;un site de meetup Jekyll : un formulaire, la source Markdown et un aperçu en direct d&apos;un même texte.</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Licence : %1</translation>
    </message>
    <message>
        <source>Libraries and their versions</source>
        <translation>Bibliothèques et leurs versions</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <source>The recovery copy could not be written: {0}</source>
        <translation>La copie de secours n&apos;a pas pu être écrite : {0}</translation>
    </message>
</context>
<context>
    <name>BuiltPageView</name>
    <message>
        <source>Not built yet: Build runs the site&apos;s Jekyll and shows the post&apos;s page.</source>
        <translation>Pas encore construit : Construire lance le Jekyll du site et montre la page de l&apos;article.</translation>
    </message>
    <message>
        <source>&amp;Build</source>
        <translation>&amp;Construire</translation>
    </message>
    <message>
        <source>Build the site with its own Jekyll and show this post&apos;s page</source>
        <translation>Construire le site avec son propre Jekyll et montrer la page de cet article</translation>
    </message>
    <message>
        <source>Building the site with Jekyll…</source>
        <translation>Construction du site avec Jekyll…</translation>
    </message>
</context>
<context>
    <name>Chip</name>
    <message>
        <source>Remove the tag “{0}”</source>
        <translation>Retirer l&apos;étiquette « {0} »</translation>
    </message>
    <message>
        <source>Remove {0}</source>
        <translation>Retirer {0}</translation>
    </message>
</context>
<context>
    <name>CropDialog</name>
    <message>
        <source>Sites usually show speakers in a circle or a square. Drag to choose what it keeps.</source>
        <translation>Les sites montrent souvent les orateurs dans un cercle ou un carré. Faites glisser pour choisir ce qui est gardé.</translation>
    </message>
    <message>
        <source>Square crop</source>
        <translation>Recadrage carré</translation>
    </message>
    <message>
        <source>Original framing</source>
        <translation>Cadrage d’origine</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Add time</source>
        <translation>Ajouter l&apos;heure</translation>
    </message>
    <message>
        <source>Add the current time in the site&apos;s time zone</source>
        <translation>Ajouter l&apos;heure actuelle dans le fuseau horaire du site</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Delete the date: Jekyll then takes the date from the file name</source>
        <translation>Supprimer la date : Jekyll prend alors la date du nom de fichier</translation>
    </message>
    <message>
        <source>Not set: the file name&apos;s date is used.</source>
        <translation>Non définie : la date du nom de fichier est utilisée.</translation>
    </message>
    <message>
        <source>Without a date, Jekyll takes the post&apos;s date from its file name</source>
        <translation>Sans date, Jekyll prend la date de l&apos;article dans son nom de fichier</translation>
    </message>
    <message>
        <source>Set date</source>
        <translation>Définir la date</translation>
    </message>
    <message>
        <source>Write the file name&apos;s date (or today&apos;s) as the post&apos;s date</source>
        <translation>Écrire la date du nom de fichier (ou celle du jour) comme date de l&apos;article</translation>
    </message>
</context>
<context>
    <name>DiskSync</name>
    <message>
        <source>{0} conflict(s) marked between “&lt;&lt;&lt;&lt;&lt;&lt;&lt; yours” and “&gt;&gt;&gt;&gt;&gt;&gt;&gt; on disk”: resolve them, then save</source>
        <translation>{0} conflit(s) marqué(s) entre « &lt;&lt;&lt;&lt;&lt;&lt;&lt; yours » et « &gt;&gt;&gt;&gt;&gt;&gt;&gt; on disk » : résolvez-les, puis enregistrez</translation>
    </message>
    <message>
        <source>Merged the changes made on disk</source>
        <translation>Les modifications faites sur le disque ont été fusionnées</translation>
    </message>
    <message>
        <source>Reloaded {0}: it changed on disk</source>
        <translation>{0} rechargé : il a changé sur le disque</translation>
    </message>
</context>
<context>
    <name>EditorStatusBar</name>
    <message>
        <source>Ln {0}, Col {1}</source>
        <translation>Ln {0}, Col {1}</translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message>
        <source>Next meetup</source>
        <translation>Prochain meetup</translation>
    </message>
    <message>
        <source>Heading of the announcement</source>
        <translation>Titre de l&apos;annonce</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>e.g. Tuesday 8 January</source>
        <translation>p. ex. mardi 8 janvier</translation>
    </message>
    <message>
        <source>RSVP link</source>
        <translation>Lien d&apos;inscription</translation>
    </message>
    <message>
        <source>The YouTube id of the recording embedded in the post</source>
        <translation>L&apos;identifiant YouTube de l&apos;enregistrement intégré à l&apos;article</translation>
    </message>
    <message>
        <source>Recording id</source>
        <translation>Id de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>The links in the &apos;thanks to our sponsors&apos; sentence</source>
        <translation>Les liens de la phrase « merci à nos sponsors »</translation>
    </message>
    <message>
        <source>Sponsors</source>
        <translation>Sponsors</translation>
    </message>
    <message>
        <source>Not in the post</source>
        <translation>Absent de l&apos;article</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Choose the site&apos;s folder</source>
        <translation>Choisir le dossier du site</translation>
    </message>
    <message>
        <source>Export to the Site</source>
        <translation>Exporter vers le site</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Post (_posts/)</source>
        <translation>Article (_posts/)</translation>
    </message>
    <message>
        <source>Draft (_drafts/)</source>
        <translation>Brouillon (_drafts/)</translation>
    </message>
    <message>
        <source>Commit the exported files</source>
        <translation>Committer les fichiers exportés</translation>
    </message>
    <message>
        <source>Push the branch</source>
        <translation>Pousser la branche</translation>
    </message>
    <message>
        <source>Replace the different post already there</source>
        <translation>Remplacer l’article différent déjà présent</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Site :</translation>
    </message>
    <message>
        <source>Export as:</source>
        <translation>Exporter comme :</translation>
    </message>
    <message>
        <source>Branch:</source>
        <translation>Branche :</translation>
    </message>
    <message>
        <source>Commit message:</source>
        <translation>Message de commit :</translation>
    </message>
    <message>
        <source>File in the site</source>
        <translation>Fichier dans le site</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Changes to the post already at the target:</source>
        <translation>Modifications de l’article déjà présent à cet endroit :</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Choose the site to export to.</source>
        <translation>Choisissez le site vers lequel exporter.</translation>
    </message>
    <message>
        <source>Reviewing…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Cannot export there: {0}</source>
        <translation>Impossible d’exporter à cet endroit : {0}</translation>
    </message>
    <message>
        <source>Goes to: {0}</source>
        <translation>Destination : {0}</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>already there</source>
        <translation>déjà présent</translation>
    </message>
    <message>
        <source>{0} picture(s), {1} in all</source>
        <translation>{0} image(s), {1} en tout</translation>
    </message>
    <message>
        <source>No pictures to copy.</source>
        <translation>Aucune image à copier.</translation>
    </message>
    <message>
        <source>Everything is already there as it is: there is nothing to export.</source>
        <translation>Tout est déjà là tel quel : il n’y a rien à exporter.</translation>
    </message>
    <message>
        <source>Cannot export as it is: {0}</source>
        <translation>Impossible d’exporter en l’état : {0}</translation>
    </message>
    <message>
        <source>Push the branch to {0}</source>
        <translation>Pousser la branche vers {0}</translation>
    </message>
    <message>
        <source>Push the branch (the repository has no remote)</source>
        <translation>Pousser la branche (le dépôt n’a pas de dépôt distant)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copie</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>en cours…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source> Commit {0} on {1}.</source>
        <translation> Commit {0} sur {1}.</translation>
    </message>
    <message>
        <source>Exported.</source>
        <translation>Exporté.</translation>
    </message>
    <message>
        <source>The {0} step failed: {1}</source>
        <translation>L’étape « {0} » a échoué : {1}</translation>
    </message>
    <message>
        <source>To try again: {0}</source>
        <translation>Pour réessayer : {0}</translation>
    </message>
    <message>
        <source>Nothing was changed: fix the cause and press Export again.</source>
        <translation>Rien n’a été modifié : corrigez la cause puis cliquez à nouveau sur Exporter.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ExportWiring</name>
    <message>
        <source>E&amp;xport to Site…</source>
        <translation>E&amp;xporter vers le site…</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Cannot open the post</source>
        <translation>Impossible d&apos;ouvrir l&apos;article</translation>
    </message>
    <message>
        <source>Opened {0} as {1}; saving writes it as UTF-8</source>
        <translation>{0} ouvert en {1} ; l&apos;enregistrer l&apos;écrit en UTF-8</translation>
    </message>
    <message>
        <source>Not saved: the front matter is broken (see the marked line in the source)</source>
        <translation>Non enregistré : l&apos;en-tête YAML est cassé (voir la ligne marquée dans la source)</translation>
    </message>
    <message>
        <source>The post was not saved</source>
        <translation>L&apos;article n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <source>{0}.

Your text is still here in the editor, unchanged.</source>
        <translation>{0}.

Votre texte est toujours là, dans l&apos;éditeur, inchangé.</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>{0} enregistré</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>No recent posts</source>
        <translation>Aucun article récent</translation>
    </message>
    <message>
        <source>Clear Recent</source>
        <translation>Effacer la liste</translation>
    </message>
    <message>
        <source>Restored unsaved changes to {0}</source>
        <translation>Modifications non enregistrées de {0} restaurées</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Open Post</source>
        <translation>Ouvrir un article</translation>
    </message>
    <message>
        <source>Save Post As</source>
        <translation>Enregistrer l&apos;article sous</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to “{0}” before closing?</source>
        <translation>Enregistrer les modifications de « {0} » avant de fermer ?</translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation>Si vous n&apos;enregistrez pas, vos modifications seront perdues.</translation>
    </message>
    <message>
        <source>The file changed on disk</source>
        <translation>Le fichier a changé sur le disque</translation>
    </message>
    <message>
        <source>“{0}” was changed by another program since you opened or saved it.</source>
        <translation>« {0} » a été modifié par un autre programme depuis que vous l&apos;avez ouvert ou enregistré.</translation>
    </message>
    <message>
        <source>Saving now replaces those changes with your text. Merge brings both together first, so that nothing is lost.</source>
        <translation>Enregistrer maintenant remplace ces modifications par votre texte. Fusionner réunit d&apos;abord les deux, pour que rien ne soit perdu.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Save Anyway</source>
        <translation>Enregistrer quand même</translation>
    </message>
    <message>
        <source>The file is gone</source>
        <translation>Le fichier n&apos;existe plus</translation>
    </message>
    <message>
        <source>“{0}” was deleted or moved since you opened it.

Create it again at {1}?</source>
        <translation>« {0} » a été supprimé ou déplacé depuis que vous l&apos;avez ouvert.

Le recréer à {1} ?</translation>
    </message>
    <message>
        <source>Not UTF-8 text</source>
        <translation>Texte non UTF-8</translation>
    </message>
    <message>
        <source>“{0}” is not UTF-8, which Jekyll expects.</source>
        <translation>« {0} » n&apos;est pas en UTF-8, ce qu&apos;attend Jekyll.</translation>
    </message>
    <message>
        <source>It reads as {0}. Open it as that, and save it as UTF-8? {1} character{2} will be written differently (see the details); nothing changes on disk until you save.</source>
        <translation>Il se lit en {0}. L&apos;ouvrir ainsi, et l&apos;enregistrer en UTF-8 ? {1} caractère{2} seront écrits autrement (voir les détails) ; rien ne change sur le disque avant l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>Open as {0}</source>
        <translation>Ouvrir en {0}</translation>
    </message>
    <message>
        <source>The front matter is broken</source>
        <translation>L&apos;en-tête YAML est cassé</translation>
    </message>
    <message>
        <source>Jekyll cannot read the front matter of “{0}”.</source>
        <translation>Jekyll ne peut pas lire l&apos;en-tête YAML de « {0} ».</translation>
    </message>
    <message>
        <source>{0}.

The line is marked in the source. Save anyway?</source>
        <translation>{0}.

La ligne est marquée dans la source. Enregistrer quand même ?</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>Résultat précédent (Maj+Entrée, Maj+F3)</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>Résultat suivant (Entrée, F3)</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>Tout remplacer</translation>
    </message>
    <message>
        <source>Invalid pattern</source>
        <translation>Motif invalide</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} sur {1}</translation>
    </message>
    <message>
        <source>Replaced {0}</source>
        <translation>{0} remplacé(s)</translation>
    </message>
</context>
<context>
    <name>FocalView</name>
    <message>
        <source>Drag to choose what the square keeps</source>
        <translation>Faites glisser pour choisir ce que garde le carré</translation>
    </message>
</context>
<context>
    <name>FormPane</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>The post&apos;s title</source>
        <translation>Le titre de l&apos;article</translation>
    </message>
    <message>
        <source>The post&apos;s title, shown as its heading and in the browser tab.</source>
        <translation>Le titre de l&apos;article, affiché en en-tête et dans l&apos;onglet du navigateur.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>One or two sentences for search results and link previews</source>
        <translation>Une ou deux phrases pour les moteurs de recherche et les aperçus de liens</translation>
    </message>
    <message>
        <source>Search engines and link previews show about 160 characters of it; longer text is cut.</source>
        <translation>Les moteurs de recherche et les aperçus de liens en montrent environ 160 caractères ; au-delà, le texte est coupé.</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Mise en page</translation>
    </message>
    <message>
        <source>The page template from the site&apos;s _layouts folder.</source>
        <translation>Le modèle de page, du dossier _layouts du site.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Publication date and time; Jekyll uses it before the file name&apos;s.</source>
        <translation>Date et heure de publication ; Jekyll la préfère à celle du nom de fichier.</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Venue, city</source>
        <translation>Salle, ville</translation>
    </message>
    <message>
        <source>Where the meetup took place.</source>
        <translation>Où le meetup a eu lieu.</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>The picture for link previews: a path in the site or a URL.</source>
        <translation>L&apos;image des aperçus de liens : un chemin dans le site ou une URL.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Add a tag…</source>
        <translation>Ajouter une étiquette…</translation>
    </message>
    <message>
        <source>Type a tag and press Enter or comma.</source>
        <translation>Tapez une étiquette puis Entrée ou une virgule.</translation>
    </message>
    <message>
        <source>Redirect from</source>
        <translation>Redirigé depuis</translation>
    </message>
    <message>
        <source>Old addresses that should redirect to this post (jekyll-redirect-from).</source>
        <translation>Anciennes adresses qui doivent rediriger vers cet article (jekyll-redirect-from).</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Other front matter</source>
        <translation>Autres clés de l’en-tête</translation>
    </message>
    <message>
        <source>Keys without their own editor, shown and edited as YAML</source>
        <translation>Les clés sans éditeur propre, montrées et modifiées en YAML</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label} :</translation>
    </message>
    <message>
        <source>&lt;b&gt;The front matter cannot be read&lt;/b&gt;{0}: {1}&lt;br&gt;Fix it in the source; the form follows again once it reads.</source>
        <translation>&lt;b&gt;L&apos;en-tête YAML ne peut pas être lu&lt;/b&gt;{0} : {1}&lt;br&gt;Corrigez-le dans la source ; le formulaire suit de nouveau dès qu&apos;il se lit.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; as YAML</source>
        <translation>« {0} » en YAML</translation>
    </message>
</context>
<context>
    <name>GoToLineBar</name>
    <message>
        <source>line or line:column</source>
        <translation>ligne ou ligne:colonne</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>Go to line:</source>
        <translation>Aller à la ligne :</translation>
    </message>
    <message>
        <source>{0}  (line or line:column)</source>
        <translation>{0}  (ligne ou ligne:colonne)</translation>
    </message>
</context>
<context>
    <name>ImageField</name>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Pick an image file from the site</source>
        <translation>Choisir un fichier image du site</translation>
    </message>
    <message>
        <source>Choose photo…</source>
        <translation>Choisir une photo…</translation>
    </message>
    <message>
        <source>Copy a photo into the site (upright, resized, without location data)</source>
        <translation>Copier une photo dans le site (redressée, redimensionnée, sans données de lieu)</translation>
    </message>
    <message>
        <source>Choose an image</source>
        <translation>Choisir une image</translation>
    </message>
</context>
<context>
    <name>ListInput</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add an address</source>
        <translation>Ajouter une adresse</translation>
    </message>
    <message>
        <source>Remove this address</source>
        <translation>Retirer cette adresse</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Préparation de l&apos;aperçu…</translation>
    </message>
    <message>
        <source>Talks</source>
        <translation>Présentations</translation>
    </message>
    <message>
        <source>{0}[*]{1} — Jekyll Post Editor</source>
        <translation>{0}[*]{1} — Jekyll Post Editor</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>&amp;Formulaire</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>&amp;Réinitialiser la disposition</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <source>&amp;About Jekyll Post Editor</source>
        <translation>&amp;À propos de Jekyll Post Editor</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
</context>
<context>
    <name>ModelEditor</name>
    <message>
        <source>{label}:</source>
        <translation>{label} :</translation>
    </message>
</context>
<context>
    <name>PhotoPlacer</name>
    <message>
        <source>A talk takes one photo: drop a single picture on it</source>
        <translation>Une présentation prend une seule photo : déposez-en une seule</translation>
    </message>
    <message>
        <source>The {0} takes one picture: drop a single one</source>
        <translation>Le champ {0} prend une seule image : déposez-en une seule</translation>
    </message>
    <message>
        <source>Nothing there is a picture</source>
        <translation>Rien de tout cela n&apos;est une image</translation>
    </message>
    <message>
        <source>Save the post first: its photos are stored beside it or in its site</source>
        <translation>Enregistrez d&apos;abord l&apos;article : ses photos sont rangées à côté de lui ou dans son site</translation>
    </message>
    <message>
        <source>Photos not placed: another post is open now (the files are in the site)</source>
        <translation>Photos non placées : un autre article est ouvert (les fichiers sont dans le site)</translation>
    </message>
    <message>
        <source>Photo not placed: {0}</source>
        <translation>Photo non placée : {0}</translation>
    </message>
</context>
<context>
    <name>PhotoSlot</name>
    <message>
        <source>Choose photo…</source>
        <translation>Choisir une photo…</translation>
    </message>
    <message>
        <source>Copy a photo into the site (upright, resized, without location data)</source>
        <translation>Copier une photo dans le site (redressée, redimensionnée, sans données de lieu)</translation>
    </message>
</context>
<context>
    <name>PostAddress</name>
    <message>
        <source>Where Jekyll will publish the post, from _config.yml&apos;s permalink and timezone and the post&apos;s front matter</source>
        <translation>Où Jekyll publiera l&apos;article, d&apos;après le permalink et le fuseau horaire de _config.yml et l&apos;en-tête de l&apos;article</translation>
    </message>
    <message>
        <source>No address yet: {problem}</source>
        <translation>Pas encore d’adresse : {problem}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Load remote images in the preview</source>
        <translation>Charger les images distantes dans l&apos;aperçu</translation>
    </message>
    <message>
        <source>Wrap long lines in the source</source>
        <translation>Couper les longues lignes dans la source</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Offer speaker photos as a square crop</source>
        <translation>Proposer un recadrage carré des photos des orateurs</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>Light or dark colours, or those of the system (followed as it changes)</source>
        <translation>Couleurs claires ou sombres, ou celles du système (suivies quand il change)</translation>
    </message>
    <message>
        <source>Preview &amp;font size:</source>
        <translation>&amp;Taille du texte de l&apos;aperçu :</translation>
    </message>
    <message>
        <source>The size of the preview&apos;s text, in pixels</source>
        <translation>La taille du texte de l&apos;aperçu, en pixels</translation>
    </message>
    <message>
        <source>Off: pictures on other web sites show as labelled boxes, and the preview never reaches the network</source>
        <translation>Désactivé : les images d&apos;autres sites apparaissent comme des cadres légendés, et l&apos;aperçu n&apos;accède jamais au réseau</translation>
    </message>
    <message>
        <source>Long lines wrap at the source pane&apos;s width</source>
        <translation>Les longues lignes sont coupées à la largeur du panneau source</translation>
    </message>
    <message>
        <source>Files and photos</source>
        <translation>Fichiers et photos</translation>
    </message>
    <message>
        <source>Recovery copy &amp;after:</source>
        <translation>Copie de &amp;secours après :</translation>
    </message>
    <message>
        <source>Seconds after typing stops before a recovery copy of unsaved text is written</source>
        <translation>Secondes après la frappe avant l&apos;écriture d&apos;une copie de secours du texte non enregistré</translation>
    </message>
    <message>
        <source>Photo &amp;size limit:</source>
        <translation>Taille &amp;maximale des photos :</translation>
    </message>
    <message>
        <source>Photos are scaled down to at most this many pixels on their long side (a site&apos;s .post-editor.yml wins)</source>
        <translation>Les photos sont réduites à ce nombre de pixels au plus sur leur grand côté (le .post-editor.yml du site prime)</translation>
    </message>
    <message>
        <source>A photo given to a talk is first offered as a square crop</source>
        <translation>Une photo donnée à une présentation est d&apos;abord proposée en recadrage carré</translation>
    </message>
    <message>
        <source>Photo f&amp;older:</source>
        <translation>D&amp;ossier des photos :</translation>
    </message>
    <message>
        <source>Where a post outside any site keeps its photos, beside it: {slug}, {date}, {year}, {month}, {day} stand for the post&apos;s</source>
        <translation>Où un article hors de tout site range ses photos, à côté de lui : {slug}, {date}, {year}, {month}, {day} sont ceux de l&apos;article</translation>
    </message>
</context>
<context>
    <name>PreviewTabs</name>
    <message>
        <source>Live preview</source>
        <translation>Aperçu en direct</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Quick Fix</source>
        <translation>Correction rapide</translation>
    </message>
    <message>
        <source>Show notes</source>
        <translation>Montrer les remarques</translation>
    </message>
    <message>
        <source>The quiet checks: talks without slides, photo or recording, a missing description</source>
        <translation>Les vérifications discrètes : présentations sans diapositives, photo ou enregistrement, description manquante</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish the Draft</source>
        <translation>Publier le brouillon</translation>
    </message>
    <message>
        <source>Publish “{name}” in _posts/ on this date:</source>
        <translation>Publier « {name} » dans _posts/ à cette date :</translation>
    </message>
    <message>
        <source>The file and its images move as one step; Unpublish moves them back.</source>
        <translation>Le fichier et ses images sont déplacés en une seule étape ; Dépublier les remet en place.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Recover unsaved changes</source>
        <translation>Récupérer les modifications non enregistrées</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unsaved changes to {0}&lt;/b&gt; were kept from {1}, when the editor last ran.&lt;br&gt;{2}&lt;br&gt;{3}</source>
        <translation>&lt;b&gt;Des modifications non enregistrées de {0}&lt;/b&gt; ont été gardées le {1}, quand l&apos;éditeur a tourné pour la dernière fois.&lt;br&gt;{2}&lt;br&gt;{3}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>SiteCommands</name>
    <message>
        <source>Open &amp;Site…</source>
        <translation>Ouvrir un &amp;site…</translation>
    </message>
    <message>
        <source>New Post in Site…</source>
        <translation>Nouvel article dans le site…</translation>
    </message>
    <message>
        <source>New &amp;Roundup</source>
        <translation>Nouveau &amp;compte rendu</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Publier…</translation>
    </message>
    <message>
        <source>&amp;Unpublish</source>
        <translation>&amp;Dépublier</translation>
    </message>
    <message>
        <source>A draft of the next meetup&apos;s post, started from the site&apos;s latest roundup</source>
        <translation>Un brouillon de l&apos;article du prochain meetup, à partir du dernier compte rendu du site</translation>
    </message>
    <message>
        <source>Move the draft to _posts/ on a date you choose</source>
        <translation>Déplacer le brouillon dans _posts/ à la date choisie</translation>
    </message>
    <message>
        <source>Move the post back to _drafts/</source>
        <translation>Remettre l&apos;article dans _drafts/</translation>
    </message>
    <message>
        <source>It is inside the site at {root}: open that folder.</source>
        <translation>Il est dans le site situé à {root} : ouvrez ce dossier.</translation>
    </message>
    <message>
        <source>A Jekyll site is the folder that holds its _config.yml.</source>
        <translation>Un site Jekyll est le dossier qui contient son _config.yml.</translation>
    </message>
    <message>
        <source>Not a Jekyll site</source>
        <translation>Pas un site Jekyll</translation>
    </message>
    <message>
        <source>“{folder}” has no _config.yml, so it is not a Jekyll site.

{hint}</source>
        <translation>« {folder} » n&apos;a pas de _config.yml : ce n&apos;est pas un site Jekyll.

{hint}</translation>
    </message>
    <message>
        <source>The site has no posts yet: File ▸ New Post in Site starts one</source>
        <translation>Le site n&apos;a pas encore d&apos;article : Fichier ▸ Nouvel article dans le site en commence un</translation>
    </message>
    <message>
        <source>Started a new draft: {name}</source>
        <translation>Nouveau brouillon commencé : {name}</translation>
    </message>
    <message>
        <source>Started the next roundup: {name}</source>
        <translation>Prochain compte rendu commencé : {name}</translation>
    </message>
    <message>
        <source>The new post was not started</source>
        <translation>Le nouvel article n&apos;a pas été commencé</translation>
    </message>
    <message>
        <source>The draft was not published</source>
        <translation>Le brouillon n&apos;a pas été publié</translation>
    </message>
    <message>
        <source>Published as {name}</source>
        <translation>Publié sous {name}</translation>
    </message>
    <message>
        <source>The post was not unpublished</source>
        <translation>L&apos;article n&apos;a pas été dépublié</translation>
    </message>
    <message>
        <source>Moved back to the drafts: {name}</source>
        <translation>Remis dans les brouillons : {name}</translation>
    </message>
</context>
<context>
    <name>SiteDialogs</name>
    <message>
        <source>Open Site</source>
        <translation>Ouvrir un site</translation>
    </message>
    <message>
        <source>New Post in Site</source>
        <translation>Nouvel article dans le site</translation>
    </message>
    <message>
        <source>The post&apos;s title (it names the draft&apos;s file):</source>
        <translation>Le titre de l&apos;article (il nomme le fichier du brouillon) :</translation>
    </message>
</context>
<context>
    <name>SiteLinks</name>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <source>S&amp;ite Panel</source>
        <translation>Panneau du s&amp;ite</translation>
    </message>
</context>
<context>
    <name>SiteListModel</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
</context>
<context>
    <name>SitePanel</name>
    <message>
        <source>Filter: words, tag:NAME, draft:yes</source>
        <translation>Filtre : mots, tag:NOM, draft:yes</translation>
    </message>
    <message>
        <source>Only the posts with this tag</source>
        <translation>Seulement les articles avec cette étiquette</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>1 post</source>
        <translation>1 article</translation>
    </message>
    <message>
        <source>{n} posts</source>
        <translation>{n} articles</translation>
    </message>
    <message>
        <source>1 draft</source>
        <translation>1 brouillon</translation>
    </message>
    <message>
        <source>{n} drafts</source>
        <translation>{n} brouillons</translation>
    </message>
    <message>
        <source>{n} in other collections</source>
        <translation>{n} dans d’autres collections</translation>
    </message>
    <message>
        <source>Listing the site… {total}</source>
        <translation>Liste du site… {total}</translation>
    </message>
    <message>
        <source>{shown} shown of {total}</source>
        <translation>{shown} affichés sur {total}</translation>
    </message>
    <message>
        <source>No site open: File ▸ Open Site… lists a site&apos;s posts here.</source>
        <translation>Aucun site ouvert : Fichier ▸ Ouvrir un site… liste ici les articles d&apos;un site.</translation>
    </message>
    <message>
        <source>The site could not be listed: {message}</source>
        <translation>Le site n&apos;a pas pu être listé : {message}</translation>
    </message>
</context>
<context>
    <name>SourceView</name>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Find in the source</source>
        <translation>Rechercher dans la source</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>R&amp;emplacer…</translation>
    </message>
    <message>
        <source>Find and replace in the source</source>
        <translation>Rechercher et remplacer dans la source</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Résultat &amp;suivant</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Résultat pré&amp;cédent</translation>
    </message>
    <message>
        <source>&amp;Go to Line…</source>
        <translation>&amp;Aller à la ligne…</translation>
    </message>
    <message>
        <source>Jump to a line (or line:column) of the source</source>
        <translation>Aller à une ligne (ou ligne:colonne) de la source</translation>
    </message>
    <message>
        <source>Soft &amp;Wrap</source>
        <translation>&amp;Retour à la ligne automatique</translation>
    </message>
    <message>
        <source>Wrap long lines at the pane&apos;s width</source>
        <translation>Couper les longues lignes à la largeur du panneau</translation>
    </message>
</context>
<context>
    <name>SponsorList</name>
    <message>
        <source>Add sponsor</source>
        <translation>Ajouter un sponsor</translation>
    </message>
    <message>
        <source>Add a sponsor link to the thanks sentence</source>
        <translation>Ajouter le lien d’un sponsor à la phrase de remerciements</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Remove this sponsor</source>
        <translation>Retirer ce sponsor</translation>
    </message>
    <message>
        <source>Remove sponsor</source>
        <translation>Retirer le sponsor</translation>
    </message>
    <message>
        <source>The post has no sponsors sentence to add to</source>
        <translation>L’article n’a pas de phrase de remerciements aux sponsors</translation>
    </message>
</context>
<context>
    <name>TagSpellingNote</name>
    <message>
        <source>“{tag}” is written “{found}” in the site&apos;s other posts.</source>
        <translation>« {tag} » s&apos;écrit « {found} » dans les autres articles du site.</translation>
    </message>
    <message>
        <source>Use “{found}”</source>
        <translation>Utiliser « {found} »</translation>
    </message>
</context>
<context>
    <name>TakeawayList</name>
    <message>
        <source>Add takeaway</source>
        <translation>Ajouter un point à retenir</translation>
    </message>
    <message>
        <source>Add a takeaway at the end of the list</source>
        <translation>Ajouter un point à retenir à la fin de la liste</translation>
    </message>
    <message>
        <source>A takeaway</source>
        <translation>Un point à retenir</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Remove this takeaway</source>
        <translation>Retirer ce point</translation>
    </message>
</context>
<context>
    <name>TalkEditor</name>
    <message>
        <source>Speakers</source>
        <translation>Orateurs</translation>
    </message>
    <message>
        <source>Full names, separated by commas</source>
        <translation>Noms complets, séparés par des virgules</translation>
    </message>
    <message>
        <source>Who gave the talk</source>
        <translation>Qui a présenté</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Company or group</source>
        <translation>Entreprise ou groupe</translation>
    </message>
    <message>
        <source>Where the speaker works</source>
        <translation>Où travaille l&apos;orateur</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>The talk&apos;s title</source>
        <translation>Le titre de la présentation</translation>
    </message>
    <message>
        <source>The title as written in the entry</source>
        <translation>Le titre tel qu&apos;écrit dans l&apos;entrée</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>The link to the talk&apos;s recording</source>
        <translation>Le lien vers l&apos;enregistrement de la présentation</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Commence à</translation>
    </message>
    <message>
        <source>Where the talk starts in the recording, as h:mm:ss</source>
        <translation>Où la présentation commence dans l&apos;enregistrement, en h:mm:ss</translation>
    </message>
    <message>
        <source>Takeaways</source>
        <translation>À retenir</translation>
    </message>
    <message>
        <source>The list of takeaways under the entry</source>
        <translation>La liste des points à retenir sous l&apos;entrée</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Diapositives</translation>
    </message>
    <message>
        <source>The link to the speaker&apos;s slides</source>
        <translation>Le lien vers les diapositives de l&apos;orateur</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Image path or URL</source>
        <translation>Chemin de l&apos;image ou URL</translation>
    </message>
    <message>
        <source>The speaker&apos;s photo</source>
        <translation>La photo de l&apos;orateur</translation>
    </message>
    <message>
        <source>Select a talk in the list above, or add one.</source>
        <translation>Choisissez une présentation dans la liste ci-dessus, ou ajoutez-en une.</translation>
    </message>
    <message>
        <source>{0} (to fill in)</source>
        <translation>{0} (à remplir)</translation>
    </message>
</context>
<context>
    <name>TalksPanel</name>
    <message>
        <source>Talks</source>
        <translation>Présentations</translation>
    </message>
    <message>
        <source>Add talk</source>
        <translation>Ajouter une présentation</translation>
    </message>
    <message>
        <source>Add a talk after the last one, written like the post&apos;s other talks</source>
        <translation>Ajouter une présentation après la dernière, écrite comme les autres de l&apos;article</translation>
    </message>
    <message>
        <source>Remove talk</source>
        <translation>Retirer la présentation</translation>
    </message>
    <message>
        <source>Remove the selected talk&apos;s entry (Ctrl+Z brings it back)</source>
        <translation>Retirer l&apos;entrée de la présentation choisie (Ctrl+Z la remet)</translation>
    </message>
    <message>
        <source>This is a talk…</source>
        <translation>C&apos;est une présentation…</translation>
    </message>
    <message>
        <source>Make the entry at the source&apos;s cursor a talk, and every entry written the same way (changes no text)</source>
        <translation>Faire de l&apos;entrée sous le curseur de la source une présentation, et de toute entrée écrite de la même façon (aucun texte modifié)</translation>
    </message>
    <message>
        <source>Not a talk</source>
        <translation>Pas une présentation</translation>
    </message>
    <message>
        <source>This entry is not a talk (in this post); the text is not changed</source>
        <translation>Cette entrée n&apos;est pas une présentation (dans cet article) ; le texte n&apos;est pas modifié</translation>
    </message>
</context>
<context>
    <name>TalksSection</name>
    <message>
        <source>Recognising talks…</source>
        <translation>Reconnaissance des présentations…</translation>
    </message>
    <message>
        <source>Selected talk</source>
        <translation>Présentation choisie</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>The recording, sponsors and next meetup, as written around the talks</source>
        <translation>L&apos;enregistrement, les sponsors et le prochain meetup, tels qu&apos;écrits autour des présentations</translation>
    </message>
    <message>
        <source>“{0}” now opens talk {1}: the entries&apos; first words moved with them.</source>
        <translation>« {0} » ouvre maintenant la présentation {1} : les premiers mots des entrées ont suivi.</translation>
    </message>
    <message>
        <source>Put Them in Order</source>
        <translation>Les remettre dans l’ordre</translation>
    </message>
    <message>
        <source>Give each place its words again (one undo step)</source>
        <translation>Redonner à chaque place ses mots (une seule annulation)</translation>
    </message>
</context>
<context>
    <name>TeachDialog</name>
    <message>
        <source>This is a talk</source>
        <translation>C&apos;est une présentation</translation>
    </message>
    <message>
        <source>Correct what the editor guessed, as written in the post. Every other entry written the same way becomes a talk too.</source>
        <translation>Corrigez ce que l&apos;éditeur a deviné, tel qu&apos;écrit dans l&apos;article. Toute autre entrée écrite de la même façon devient aussi une présentation.</translation>
    </message>
</context>
<context>
    <name>built_page_wiring</name>
    <message>
        <source>Built page</source>
        <translation>Page construite</translation>
    </message>
    <message>
        <source>The site cannot be built:</source>
        <translation>Le site ne peut pas être construit :</translation>
    </message>
    <message>
        <source>&amp;Build the Site with Jekyll</source>
        <translation>&amp;Construire le site avec Jekyll</translation>
    </message>
</context>
<context>
    <name>edit_actions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
</context>
<context>
    <name>form_fields</name>
    <message>
        <source>link</source>
        <translation>lien</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>photo_drop</name>
    <message>
        <source>Choose a photo</source>
        <translation>Choisir une photo</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <source>Download this photo into the site (upright, resized, without location data)</source>
        <translation>Télécharger cette photo dans le site (redressée, redimensionnée, sans données de lieu)</translation>
    </message>
</context>
<context>
    <name>problems_wiring</name>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>P&amp;roblems</source>
        <translation>P&amp;roblèmes</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Aucun problème</translation>
    </message>
    <message>
        <source>Show the Problems panel</source>
        <translation>Afficher le panneau Problèmes</translation>
    </message>
    <message>
        <source>The post changed since it was checked; try again in a moment</source>
        <translation>L&apos;article a changé depuis la vérification ; réessayez dans un instant</translation>
    </message>
</context>
<context>
    <name>talks_wiring</name>
    <message>
        <source>Make this entry a talk, and every entry written the same way (changes no text)</source>
        <translation>Faire de cette entrée une présentation, et de toute entrée écrite de la même façon (aucun texte modifié)</translation>
    </message>
</context>
</TS>
