; Inno Setup script for CareLink on Windows (https://jrsoftware.org/isinfo.php, version 6).
;
; First build the one-folder bundle on Windows:   python installers\build.py
; then compile this script:                       iscc installers\windows\carelink.iss
; (or pass the version: iscc /DAppVersion=0.1.0 installers\windows\carelink.iss)
; The installer is written to dist\CareLink-Setup-<version>.exe.
;
; It installs for the current user only (no administrator password), adds CareLink to the Start menu and,
; if chosen, to the desktop, and offers "Start CareLink when I sign in", which writes the same
; HKCU\...\Run value ("CareLink") that carelink/autostart.py's WindowsRunKey reads and changes.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "CareLink"
#define AppExe "CareLink.exe"
#define BundleDir "..\..\dist\CareLink"

[Setup]
; The AppId identifies CareLink for updates and uninstalling: never change it.
AppId={{6E0C1B52-8D4F-4B7A-9C51-3B7E2A6F0C11}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The CareLink developers
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=CareLink-Setup-{#AppVersion}
SetupIconFile=..\icons\carelink.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; Big, calm pages for the family member running the installer.
WizardSizePercent=120
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
english.DesktopIconTask=Put a CareLink picture on the desktop
english.AutostartTask=Start CareLink when I sign in
english.AutostartGroup=When the computer starts:

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIconTask}"; GroupDescription: "{cm:AdditionalIcons}"
Name: "autostart"; Description: "{cm:AutostartTask}"; GroupDescription: "{cm:AutostartGroup}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Keep in touch with your family"
Name: "{group}\{#AppName} (pretend family, to practise)"; Filename: "{app}\{#AppExe}"; Parameters: "--demo"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; "Start CareLink when I sign in": the current user's Run key. Removed again when CareLink is uninstalled.
Root: HKCU; Subkey: "Software\Microsoft\Windows\CurrentVersion\Run"; ValueType: string; ValueName: "CareLink"; ValueData: """{app}\{#AppExe}"""; Flags: uninsdeletevalue; Tasks: autostart

[UninstallDelete]
; CareLink's own data (messages, contacts, settings) is in %LOCALAPPDATA%\CareLink and is kept.
Type: filesandordirs; Name: "{app}\_internal\__pycache__"

[Run]
Filename: "{app}\{#AppExe}"; Description: "Open CareLink now"; Flags: nowait postinstall skipifsilent
