// press-annotator: the headless CLI over the core. One file per command in this folder.
console.log('press-annotator');
