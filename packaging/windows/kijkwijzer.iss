; Inno Setup 6.3+ script: a per-user installer (no administrator rights) for the Windows one-folder bundle that
; `pyinstaller packaging\kijkwijzer.spec` writes to dist\kijkwijzer\ (kijkwijzer.exe, kijkwijzer-cli.exe, _internal\).
; Build on Windows, from the project folder:
;   iscc /DAppVersion=0.1.0 packaging\windows\kijkwijzer.iss      -> dist\kijkwijzer-0.1.0-setup.exe
; NOT RUN: written without a Windows machine or Inno Setup at hand (see docs/packaging.md, "Windows").

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define Bundle "..\..\dist\kijkwijzer"

[Setup]
; The AppId ties updates and the uninstaller to earlier installs: never change it.
AppId={{9578EE10-B435-43A1-AEC1-85CD36C37AE3}
AppName=Kijkwijzer
AppVersion={#AppVersion}
AppPublisher=Kijkwijzer
; Per user: with PrivilegesRequired=lowest {autopf} is %LOCALAPPDATA%\Programs. The workspace (client data) is in
; %LOCALAPPDATA%\Kijkwijzer\werkmap, outside {app}: the uninstaller never touches it.
PrivilegesRequired=lowest
DefaultDirName={autopf}\Kijkwijzer
DefaultGroupName=Kijkwijzer
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=kijkwijzer-{#AppVersion}-setup
UninstallDisplayIcon={app}\kijkwijzer.exe
UninstallDisplayName=Kijkwijzer
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; Dutch or English after Windows' own language; on another Windows Setup asks, with Dutch chosen.
ShowLanguageDialog=auto

[Languages]
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder bundle; a new version replaces every file.
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; Files of an earlier version that the new one no longer ships (a removed Qt or VLC plugin would still be loaded).
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\Kijkwijzer"; Filename: "{app}\kijkwijzer.exe"; WorkingDir: "{app}"
Name: "{group}\{cm:UninstallProgram,Kijkwijzer}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\Kijkwijzer"; Filename: "{app}\kijkwijzer.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\kijkwijzer.exe"; Description: "{cm:LaunchProgram,Kijkwijzer}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; What the programs may write inside the bundle at run time (VLC's plugins.dat, Python caches); nothing else.
Type: filesandordirs; Name: "{app}\_internal"
